/*
 * Full-text search over names, aliases and statements. A hit opens its entity's neighbourhood, and
 * a statement hit opens that statement in it too.
 */
import { Q, gql } from './api.js';
import { $, h, plural, swatch, ui } from './dom.js';
import { alertUser, busy, say } from './messages.js';
import { show } from './navigation.js';
import { statementLine } from './statement-list.js';
import { kindColor, kindLabel } from './vocabulary.js';

function search(text) {
  return busy(async (current) => {
    say(`Searching for “${text}”…`);
    const { search: hits } = await gql(Q.search, { text, first: 20 });
    if (!current()) return;
    renderResults(text, hits);
    if (hits.length === 0) alertUser(`Nothing in the graph matches “${text}”.`);
    else say(`${plural(hits.length, 'result')} for “${text}”.`);
  });
}

function entityHit(e) {
  return h(
    'button',
    { type: 'button', class: 'item', 'data-entity': e.id, onclick: () => show(e.id) },
    swatch(kindColor(e.kind)),
    h('span', { class: 'who' }, e.name),
    ` ${kindLabel(e.kind)}`,
  );
}

function statementHit(s) {
  return h(
    'button',
    {
      type: 'button',
      class: 'item',
      'data-statement': s.id,
      onclick: () => show(s.speakers[0].id, s.id),
    },
    statementLine(s),
  );
}

function renderResults(text, hits) {
  ui.resultsSection.hidden = false;
  ui.results.replaceChildren(
    ...hits.map((hit) =>
      h('li', {}, hit.entity ? entityHit(hit.entity) : statementHit(hit.statement)),
    ),
  );
  if (hits.length === 0)
    ui.results.append(h('li', { class: 'hint' }, `Nothing matches “${text}”.`));
}

export function wireSearch() {
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = ui.search.value.trim();
    if (text) search(text);
  });
}
