/* global location, URLSearchParams */
/*
 * The explorer page (issue 8): builds the controls, starts the graph, hands each view what its
 * clicks should do, and opens the entity the page's hash names. The views (graph, matrix,
 * timeline) share the statement list: a matrix cell or a timeline bar lists its statements there.
 * `window.explorer` is the handle the browser test reads the graph through.
 */
import { openStatement, wireDetails } from './details-panel.js';
import { h, ui } from './dom.js';
import { buildStanceBoxes, wireFilters } from './filters.js';
import { buildLegend, cy, refitGraph, startGraph } from './graph-view.js';
import { drawMatrix, wireMatrix } from './matrix-view.js';
import { fail, say } from './messages.js';
import { expand, loadEntities, show, showStatements, wireNavigation } from './navigation.js';
import { wireSearch } from './search.js';
import { state } from './state.js';
import { renderList, wireList } from './statement-list.js';
import { drawTimeline, followEntity, wireTimeline } from './timeline-view.js';
import { openView, wireViews } from './views.js';

/** A matrix row or column: its timeline, and its neighbourhood in the list and the graph. */
function openTimeline(entity) {
  followEntity(entity);
  openView('timeline', { focus: true });
  show(entity.id);
}

async function start() {
  buildStanceBoxes();
  buildLegend();
  startGraph({ onNode: expand, onStatement: openStatement });
  wireSearch();
  wireNavigation({ onFocus: followEntity });
  wireViews({ graph: refitGraph, matrix: drawMatrix, timeline: drawTimeline });
  wireMatrix({ onStatements: showStatements, onEntity: openTimeline });
  wireTimeline({ onStatements: showStatements });
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
