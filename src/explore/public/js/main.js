/* global location, URLSearchParams */
/*
 * The explorer page (issue 8): builds the controls, starts the graph, hands each view what its
 * clicks should do, and opens the entity the page's hash names. `window.explorer` is the handle
 * the browser test reads the graph through.
 */
import { openStatement, wireDetails } from './details-panel.js';
import { h, ui } from './dom.js';
import { buildStanceBoxes, wireFilters } from './filters.js';
import { buildLegend, cy, startGraph } from './graph-view.js';
import { fail, say } from './messages.js';
import { expand, loadEntities, show, wireNavigation } from './navigation.js';
import { wireSearch } from './search.js';
import { state } from './state.js';
import { renderList, wireList } from './statement-list.js';

async function start() {
  buildStanceBoxes();
  buildLegend();
  startGraph({ onNode: expand, onStatement: openStatement });
  wireSearch();
  wireNavigation();
  wireFilters();
  wireList({ onStatement: openStatement });
  wireDetails({ onEntity: expand });
  renderList();
  let count = 0;
  try {
    count = await loadEntities();
  } catch (error) {
    ui.picker.replaceChildren(h('option', { value: '' }, 'Entities unavailable'));
    fail(error);
    return;
  }
  const wanted = new URLSearchParams(location.hash.slice(1)).get('entity');
  if (wanted && count > 0) show(wanted);
  else if (count > 0) say('Search, or pick an entity, to see who said what about it.');
}

window.explorer = {
  get cy() {
    return cy;
  },
  state,
  show,
  expand,
  openStatement,
};
start();
