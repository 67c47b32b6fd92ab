/**
 * Import problems, listed as the CLI prints them: each line begins with the position
 * (`people.csv:14:weight`), then the message, then the level and code, and the hint below.
 */

import type { ImportIssue } from '@trackmap/core';
import { el } from './dom.js';

/** The position as `file:line:column` (as much of it as is known). */
export function issuePosition(issue: ImportIssue): string {
  return [issue.source ?? '<input>', issue.line, issue.line !== undefined ? issue.column : undefined]
    .filter((p) => p !== undefined)
    .join(':');
}

const SHOWN = 200;

export function renderIssues(list: HTMLElement, issues: readonly ImportIssue[]): void {
  const items = issues.slice(0, SHOWN).map((issue) => {
    const li = el('li', { className: `issue issue--${issue.level}` }, [
      el('span', { className: 'issue__position', text: issuePosition(issue) }),
      el('span', { className: 'issue__message', text: `: ${issue.detail}` }),
      el('span', { className: 'issue__code', text: ` (${issue.level} ${issue.code})` }),
    ]);
    if (issue.hint) li.append(el('span', { className: 'issue__hint', text: ` → ${issue.hint}` }));
    return li;
  });
  list.replaceChildren(...items);
  if (issues.length > SHOWN) {
    list.append(el('li', { className: 'issue issue--more', text: `… and ${issues.length - SHOWN} more` }));
  }
  list.hidden = issues.length === 0;
}
