/*
 * The stance and source filters. They change only what is shown: the state keeps every statement
 * loaded, so widening a filter again needs no request.
 */
import { $, h, swatch, ui } from './dom.js';
import { filterGraph } from './graph-view.js';
import { updateEmpty } from './messages.js';
import { state } from './state.js';
import { renderList } from './statement-list.js';
import { STANCES, stanceLabel } from './vocabulary.js';

/** Redraws what the filters decide: the graph's edges and nodes, and the list. */
export function applyFilters() {
  filterGraph();
  renderList();
  updateEmpty();
}

export function buildStanceBoxes() {
  ui.stanceBoxes.replaceChildren(
    ...Object.entries(STANCES).map(([stance, color]) =>
      h(
        'label',
        { class: 'stance-box' },
        h('input', { type: 'checkbox', value: stance, checked: true, name: 'stance' }),
        swatch(color),
        stanceLabel(stance),
      ),
    ),
  );
}

function readStances() {
  state.stances = new Set(
    [...ui.stanceBoxes.querySelectorAll('input:checked')].map((box) => box.value),
  );
  applyFilters();
}

function setAllStances(checked) {
  ui.stanceBoxes.querySelectorAll('input').forEach((box) => {
    box.checked = checked;
  });
  readStances();
}

export function wireFilters() {
  ui.stanceBoxes.addEventListener('change', readStances);
  $('stances-all').addEventListener('click', () => setAllStances(true));
  $('stances-none').addEventListener('click', () => setAllStances(false));
  ui.sourceFilter.addEventListener('change', () => {
    state.source = ui.sourceFilter.value;
    applyFilters();
  });
}
