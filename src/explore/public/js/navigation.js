/* global history, location */
/*
 * Moving through the graph: an entity's neighbourhood (replacing what is drawn, or added to it),
 * every statement at once or those of a filter (a matrix cell, a timeline bar), and the entity
 * picker. The page's hash names the entity shown, so a link or a reload comes back to it.
 */
import { MAX_PAGES, PAGE, Q, gql } from './api.js';
import { clearDetails, openStatement } from './details-panel.js';
import { $, h, plural, ui } from './dom.js';
import { applyFilters } from './filters.js';
import { clearGraph, syncGraph } from './graph-view.js';
import { alertUser, busy, say } from './messages.js';
import { addEntity, addRelation, addSource, addStatement, clearState, state } from './state.js';
import { kindLabel } from './vocabulary.js';

// What else follows the entity shown (the timeline); main.js says.
let onFocus = () => {};

function reset() {
  clearState();
  clearGraph();
  clearDetails();
}

function neighbourhood(id, { merge }) {
  return busy(async (current) => {
    say('Loading…');
    const data = await gql(Q.neighbourhood, { id, first: PAGE });
    if (!current()) return;
    const e = data.entity;
    if (!e) {
      alertUser(`There is no entity “${id}” in the graph.`);
      return;
    }
    if (!merge) reset();
    addEntity(e);
    const statements = [...e.statementsBy.edges, ...e.statementsAbout.edges].map((x) => x.node);
    statements.forEach(addStatement);
    e.relations.forEach(addRelation);
    state.focus = e.id;
    onFocus(e);
    ui.picker.value = e.id;
    history.replaceState(null, '', `#entity=${encodeURIComponent(e.id)}`);
    syncGraph(e.id);
    applyFilters();
    if (statements.length === 0 && e.relations.length === 0) {
      alertUser(`${e.name} has no statements and no relations in the graph yet.`);
      return;
    }
    const more = e.statementsBy.totalCount + e.statementsAbout.totalCount > statements.length;
    say(
      `${e.name}: ${plural(e.statementsBy.totalCount, 'statement')} by, ` +
        `${e.statementsAbout.totalCount} about, ${plural(e.relations.length, 'relation')}` +
        `${more ? ' (the first 100 of each are shown)' : ''}. ` +
        'Select a node to expand it.',
    );
  });
}

export const expand = (id) => neighbourhood(id, { merge: true });

export async function show(entityId, statementId) {
  await neighbourhood(entityId, { merge: false });
  if (statementId && state.statements.has(statementId)) await openStatement(statementId);
}

/** Up to MAX_PAGES pages of the statements `where` keeps (all of them without it), and their total. */
async function loadStatements(where) {
  let after = null;
  let total = 0;
  const rows = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const { statements } = await gql(Q.statements, { first: PAGE, after, where });
    total = statements.totalCount;
    rows.push(...statements.edges.map((x) => x.node));
    if (!statements.pageInfo.hasNextPage) break;
    after = statements.pageInfo.endCursor;
  }
  return { rows, total };
}

/** Draws statements that no entity is the focus of: all of them, or those of a filter. */
function drawStatements(rows) {
  reset();
  rows.forEach(addStatement);
  ui.picker.value = '';
  history.replaceState(null, '', location.pathname);
  syncGraph(null);
  applyFilters();
}

function showAll() {
  return busy(async (current) => {
    say('Loading all statements…');
    const { rows, total } = await loadStatements(undefined);
    if (!current()) return;
    drawStatements(rows);
    if (rows.length === 0) alertUser('The graph holds no statements yet.');
    else say(`${rows.length} of ${plural(total, 'statement')}. Select a node to expand it.`);
  });
}

/**
 * The statements of a matrix cell or a timeline bar, in the list and the graph: those `where`
 * finds, under the `title` the status gives.
 */
export function showStatements({ where, title }) {
  return busy(async (current) => {
    say(`Loading the statements of ${title}…`);
    const { rows, total } = await loadStatements(where);
    if (!current()) return;
    drawStatements(rows);
    const cut = rows.length < total ? ` (the first ${rows.length} of ${total})` : '';
    say(`${title}: ${plural(total, 'statement')}${cut}, listed under Statements.`);
  });
}

/** Fills the picker, grouped by kind, and the source filter; resolves to the number of entities. */
export async function loadEntities() {
  const data = await gql(Q.start, { first: PAGE });
  data.sources.edges.forEach((x) => addSource(x.node));
  const entities = data.entities.edges.map((x) => x.node);
  let page = data.entities.pageInfo;
  for (let i = 1; i < MAX_PAGES && page.hasNextPage; i++) {
    const next = await gql(Q.entities, { first: PAGE, after: page.endCursor });
    entities.push(...next.entities.edges.map((x) => x.node));
    page = next.entities.pageInfo;
  }
  const groups = new Map();
  for (const e of entities) {
    if (!groups.has(e.kind)) groups.set(e.kind, []);
    groups.get(e.kind).push(e);
  }
  ui.picker.replaceChildren(
    h('option', { value: '' }, entities.length ? `Pick one of ${entities.length}…` : 'No entities'),
    ...[...groups.keys()].sort().map((kind) =>
      h(
        'optgroup',
        { label: kindLabel(kind) },
        groups.get(kind).map((e) => h('option', { value: e.id }, e.name)),
      ),
    ),
  );
  if (entities.length === 0) {
    alertUser('The graph is empty: there are no entities to explore yet.');
  }
  return entities.length;
}

/** `onFocus(entity)` is told of each entity whose neighbourhood is shown. */
export function wireNavigation({ onFocus: follow }) {
  onFocus = follow;
  ui.picker.addEventListener('change', () => {
    if (ui.picker.value) show(ui.picker.value);
  });
  $('show-all').addEventListener('click', showAll);
}
