/**
 * Progress on stderr: a bar (cli-progress) when stderr is a terminal, nothing otherwise,
 * so pipes, CI logs and `--json` output stay clean.
 */

import type { AnalysisProgress } from '@trackmap/core';
import cliProgress from 'cli-progress';

export interface Progress {
  update(p: AnalysisProgress): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: ' {bar} {value}/{total} {step}', hideCursor: true, clearOnComplete: true, barsize: 24 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      if (!started) {
        bar.start(p.total, p.done, { step: p.step });
        started = true;
      } else bar.update(p.done, { step: p.step });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
