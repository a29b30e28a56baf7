/*
 * What the page tells the reader about its own work: the status line, the alert, and the busy mark
 * on the main region while a request runs.
 */
import { ApiError } from './api.js';
import { ui } from './dom.js';
import { state } from './state.js';

// Only the latest request may redraw; an older answer arriving late is dropped.
let generation = 0;

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

/** Runs a request's work; `current()` tells it whether a newer request has started since. */
export async function busy(task) {
  const mine = ++generation;
  ui.main.setAttribute('aria-busy', 'true');
  try {
    await task(() => mine === generation);
  } catch (error) {
    if (mine === generation) fail(error);
  } finally {
    if (mine === generation) ui.main.removeAttribute('aria-busy');
  }
}

// A blank canvas should never be all the reader sees: it says why it is empty.
export function updateEmpty() {
  const nothing = state.entities.size === 0;
  ui.empty.hidden = !nothing;
  if (nothing && ui.alert.textContent)
    ui.empty.textContent = 'Nothing to draw: see the message above.';
}
