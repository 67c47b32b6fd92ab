/** The end of the report: the files written, and where the measures are defined. */

import { escapeCode } from '../format.js';
import type { ReportInput } from './section.js';

export function filesSection({ options }: ReportInput): string[] {
  const notWritten = (options.filesNotWritten ?? []).map(
    (f) => `- \`${escapeCode(f.file)}\`: not written: ${f.reason}.`,
  );
  const files =
    options.files && options.files.length > 0
      ? ['## Files', '', ...options.files.map((f) => `- \`${escapeCode(f)}\``), ...notWritten, '']
      : [];
  return [
    ...files,
    '---',
    '',
    'Made with trackmap. Definitions, conventions and references of every measure: `docs/measures.md`.',
    '',
  ];
}
