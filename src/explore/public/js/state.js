/*
 * What the page has loaded. The graph and the statement list are both redrawn from this state, so
 * the canvas and the accessible list can never disagree.
 */
import { h, ui } from './dom.js';
import { DISPUTES, STANCES } from './vocabulary.js';

export const state = {
  entities: new Map(),
  statements: new Map(),
  relations: new Map(),
  disputes: new Map(),
  sources: new Map(),
  articles: new Map(),
  stances: new Set(Object.keys(STANCES)),
  source: '',
  focus: null,
  selected: null,
};

export function addEntity(e) {
  if (e && !state.entities.has(e.id)) state.entities.set(e.id, e);
}

// Sources are kept across every redraw, and the source filter offers each one the moment the page
// first hears of it, so its option is added here rather than by a later pass over the map.
export function addSource(s) {
  if (s && !state.sources.has(s.id)) {
    state.sources.set(s.id, s);
    const label = [s.outlet, s.publishedAt, s.title].filter(Boolean).join(' · ');
    ui.sourceFilter.append(h('option', { value: s.id }, label));
  }
}

export function addStatement(s) {
  state.statements.set(s.id, s);
  s.speakers.forEach(addEntity);
  s.targets.forEach((t) => addEntity(t.entity));
  addSource(s.source);
  for (const d of s.disagreements) {
    d.statement.speakers.forEach(addEntity);
    const [a, b] = d.direction === DISPUTES ? [s, d.statement] : [d.statement, s];
    state.disputes.set(`${a.id}>${b.id}`, { a, b, kind: d.kind });
  }
}

export function addRelation(r) {
  addEntity(r.from);
  addEntity(r.to);
  state.relations.set(`${r.from.id}-${r.type}-${r.to.id}`, r);
}

/** Forgets what was drawn; sources and articles stay, as they do not depend on the entity shown. */
export function clearState() {
  for (const key of ['entities', 'statements', 'relations', 'disputes']) state[key].clear();
  state.focus = null;
  state.selected = null;
}

export const passes = (s) =>
  state.stances.has(s.stance) && (!state.source || s.source.id === state.source);

export const filtering = () =>
  Boolean(state.source) || state.stances.size < Object.keys(STANCES).length;
