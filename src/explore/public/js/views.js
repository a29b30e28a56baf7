/*
 * The centre column's views as tabs: the graph, the stance matrix and an entity's timeline. The
 * arrow keys move between the tabs and open the one they reach (a view draws in a moment, so the
 * ARIA pattern's automatic activation suits it). The period (from, to) is the matrix's and the
 * timeline's, not the graph's, so it shows with those two only.
 */
import { $ } from './dom.js';
import { alertUser } from './messages.js';

const VIEWS = ['graph', 'matrix', 'timeline'];
const tab = (name) => $(`tab-${name}`);

let drawers = {};
let open = 'graph';

export const openedView = () => open;

/** `draw` holds what opening each view does: `{ graph, matrix, timeline }`. */
export function wireViews(draw) {
  drawers = draw;
  for (const name of VIEWS) tab(name).addEventListener('click', () => openView(name));
  $('view-tabs').addEventListener('keydown', (event) => {
    const i = VIEWS.indexOf(open);
    const next = {
      ArrowRight: VIEWS[(i + 1) % VIEWS.length],
      ArrowLeft: VIEWS[(i + VIEWS.length - 1) % VIEWS.length],
      Home: VIEWS[0],
      End: VIEWS[VIEWS.length - 1],
    }[event.key];
    if (!next) return;
    event.preventDefault();
    openView(next, { focus: true });
  });
  $('period').addEventListener('submit', (event) => {
    event.preventDefault();
    const { from, to } = period();
    if (from && to && from > to) alertUser('The period ends before it begins.');
    else drawers[open]();
  });
}

/** Shows a view and draws it; `focus` moves the keyboard focus to its tab. */
export function openView(name, { focus = false } = {}) {
  open = name;
  for (const other of VIEWS) {
    const selected = other === name;
    tab(other).setAttribute('aria-selected', String(selected));
    tab(other).tabIndex = selected ? 0 : -1;
    $(`view-${other}`).hidden = !selected;
  }
  $('period').hidden = name === 'graph';
  if (focus) tab(name).focus();
  drawers[name]();
}

/** The period the reader chose, as two ISO days, either of them '' when open. */
export function period() {
  return { from: $('period-from').value, to: $('period-to').value };
}

/** A period as StatementWhere's `from` and `to`: DateTimes, of which the API keeps the day. */
export function periodWhere({ from, to } = period()) {
  const where = {};
  if (from) where.from = `${from}T00:00:00Z`;
  if (to) where.to = `${to}T00:00:00Z`;
  return where;
}
