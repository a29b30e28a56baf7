/*
 * What the page tells the reader about its own work: the status line, the alert, and the busy mark
 * on a region while its request runs.
 */
import { ApiError } from './api.js';
import { ui } from './dom.js';
import { state } from './state.js';

export function alertUser(message) {
  ui.alert.textContent = message;
}

export function say(message) {
  ui.alert.textContent = '';
  ui.status.textContent = message;
}

export function fail(error) {
  if (!(error instanceof ApiError)) console.error(error);
  alertUser(error instanceof ApiError ? error.message : `Something went wrong: ${error}`);
  ui.status.textContent = '';
  updateEmpty();
}

/**
 * What runs a region's requests: each task's work, with `current()` telling it whether a newer task
 * of the region has started since (only the latest may redraw, an older answer arriving late is
 * dropped), and the region marked busy meanwhile. Each view has its own, so that loading the
 * matrix does not cancel the drawing of a neighbourhood.
 */
export function tasks(region) {
  let generation = 0;
  return async (task) => {
    const mine = ++generation;
    region.setAttribute('aria-busy', 'true');
    try {
      await task(() => mine === generation);
    } catch (error) {
      if (mine === generation) fail(error);
    } finally {
      if (mine === generation) region.removeAttribute('aria-busy');
    }
  };
}

/** The requests of the graph and the list, on the main region. */
export const busy = tasks(ui.main);

// A blank canvas should never be all the reader sees: it says why it is empty.
export function updateEmpty() {
  const nothing = state.entities.size === 0;
  ui.empty.hidden = !nothing;
  if (nothing && ui.alert.textContent)
    ui.empty.textContent = 'Nothing to draw: see the message above.';
}
