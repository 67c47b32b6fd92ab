/**
 * Search by name or id: the best matches (see `search-rank.ts`) are listed under the input as
 * buttons; Enter picks the best match, a click or Enter on a result picks that one. Arrow down
 * moves from the input into the list.
 */

import { el } from './dom.js';
import { rankPeople, type SearchEntry } from './search-rank.js';

export function setupSearch(
  input: HTMLInputElement,
  results: HTMLElement,
  entries: () => readonly SearchEntry[],
  onPick: (id: string) => void,
): void {
  let current: SearchEntry[] = [];
  const pick = (id: string) => {
    results.replaceChildren();
    results.hidden = true;
    onPick(id);
  };
  const show = () => {
    current = rankPeople(input.value, entries(), 8);
    results.replaceChildren(
      ...current.map((e) => {
        const button = el('button', { className: 'search__result', title: `${e.label} (${e.id})` }, [
          el('span', { className: 'search__name', text: e.label }),
          el('span', { className: 'search__id', text: e.id }),
        ]);
        button.type = 'button';
        button.addEventListener('click', () => pick(e.id));
        return el('li', {}, [button]);
      }),
    );
    results.hidden = current.length === 0 && input.value.trim() === '';
    if (current.length === 0 && input.value.trim() !== '')
      results.replaceChildren(el('li', { className: 'search__none', text: 'No one matches' }));
  };
  input.addEventListener('input', show);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      current = rankPeople(input.value, entries(), 8);
      const best = current[0];
      if (best) pick(best.id);
    } else if (event.key === 'ArrowDown') {
      const first = results.querySelector('button');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape') {
      results.replaceChildren();
      results.hidden = true;
    }
  });
  results.addEventListener('keydown', (event) => {
    const buttons = [...results.querySelectorAll('button')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' && i >= 0 && i + 1 < buttons.length) {
      event.preventDefault();
      buttons[i + 1]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (i > 0) buttons[i - 1]?.focus();
      else input.focus();
    }
  });
}
