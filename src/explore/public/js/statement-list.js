/*
 * The statement list: the same statements as the graph, filtered the same way, as buttons a
 * keyboard or a screen reader can reach.
 */
import { h, names, swatch, ui } from './dom.js';
import { passes, state } from './state.js';
import { ROLE, stanceColor } from './vocabulary.js';

const byDate = (a, b) =>
  (b.date || b.source.publishedAt).localeCompare(a.date || a.source.publishedAt) ||
  a.id.localeCompare(b.id);

/** One statement as a line of text; search results show statements the same way. */
export function statementLine(s) {
  const targets = s.targets.filter((t) => t.role === ROLE.TARGET).map((t) => t.entity);
  return [
    swatch(stanceColor(s.stance)),
    h('span', { class: 'who' }, names(s.speakers)),
    ' ',
    h('span', { class: 'stance' }, s.stance),
    targets.length ? ` → ${names(targets)}` : '',
    s.disagreements.length ? h('span', { class: 'badge' }, 'disputed') : null,
    h('span', { class: 'words' }, s.isQuote ? `“${s.text}”` : s.text),
  ];
}

// One listener on the list rather than one per item, so redrawing the list needs no handlers and
// this module need not know what opening a statement involves.
export function wireList({ onStatement }) {
  ui.statements.addEventListener('click', (event) => {
    const item = event.target.closest('button.item');
    if (item) onStatement(item.dataset.id);
  });
}

export function renderList() {
  const all = [...state.statements.values()];
  const shown = all.filter(passes).sort(byDate);
  ui.count.textContent = all.length ? `(${shown.length} of ${all.length})` : '';
  ui.statements.replaceChildren(
    ...shown.map((s) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'item',
            'data-id': s.id,
            'data-stance': s.stance,
            'data-speaker': s.speakers.map((e) => e.id).join(' '),
            'aria-current': s.id === state.selected ? 'true' : null,
          },
          statementLine(s),
        ),
      ),
    ),
  );
  if (all.length > 0 && shown.length === 0) {
    ui.statements.append(h('li', { class: 'hint' }, 'No statement matches the filters.'));
  } else if (all.length === 0) {
    ui.statements.append(h('li', { class: 'hint' }, 'No statements loaded.'));
  }
}
