/*
 * The details panel: one statement with its facts, and the article it came from with the
 * sentence holding it and the statement itself marked.
 */
import { ApiError, Q, gql } from './api.js';
import { h, names, swatch, ui } from './dom.js';
import { applyFilters } from './filters.js';
import { markSelected, syncGraph } from './graph-view.js';
import { fail, say } from './messages.js';
import { addStatement, state } from './state.js';
import { DISPUTES, ROLE, disputeKind, kindColor, stanceColor } from './vocabulary.js';

// The speaker and target chips open neighbourhoods, which is the navigation's business; one
// listener on the panel hands the entity over without this module importing that one.
export function wireDetails({ onEntity }) {
  ui.details.addEventListener('click', (event) => {
    const chip = event.target.closest('button.chip');
    if (chip) onEntity(chip.dataset.entity);
  });
}

export function clearDetails() {
  ui.details.replaceChildren(h('p', { class: 'hint' }, 'Select a statement to read it.'));
}

function entityButton(e, note) {
  return h(
    'button',
    {
      type: 'button',
      class: 'chip',
      'data-entity': e.id,
      title: `Add ${e.name}'s neighbourhood to the graph`,
    },
    swatch(kindColor(e.kind)),
    e.name,
    note ? h('span', { class: 'hint' }, ` ${note}`) : null,
  );
}

const fact = (term, ...value) => [h('dt', {}, term), h('dd', {}, ...value)];

function disputeItem(d) {
  const verb = d.direction === DISPUTES ? 'Disputes' : 'Disputed by';
  return h(
    'li',
    {},
    h(
      'button',
      { type: 'button', class: 'link', onclick: () => openStatement(d.statement.id) },
      `${verb} ${names(d.statement.speakers)} (${disputeKind(d.kind)})`,
    ),
  );
}

export async function openStatement(id) {
  let s = state.statements.get(id);
  if (!s) {
    const data = await gql(Q.statement, { id }).catch(fail);
    if (!data || !data.statement) return;
    addStatement(data.statement);
    syncGraph(state.focus);
    s = data.statement;
  }
  state.selected = id;
  markSelected(id);
  applyFilters();
  const article = h('div', { class: 'article', id: 'article' }, 'Loading the article…');
  ui.details.replaceChildren(
    s.isQuote
      ? h('blockquote', { class: 'quote' }, `“${s.text}”`)
      : h('p', { class: 'quote paraphrase' }, h('span', { class: 'hint' }, 'Paraphrase: '), s.text),
    h(
      'dl',
      { class: 'facts' },
      fact(
        'Speaker',
        s.speakers.map((e) => entityButton(e)),
      ),
      fact('Stance', swatch(stanceColor(s.stance)), s.stance, s.cue ? ` (“${s.cue}”)` : ''),
      fact(
        'Targets',
        s.targets.length
          ? s.targets.map((t) => entityButton(t.entity, t.role === ROLE.MENTIONED && '(mentioned)'))
          : 'none',
      ),
      fact('Date', s.date || `not given (reported ${s.source.publishedAt})`),
      s.disagreements.length > 0 &&
        fact('Disputes', h('ul', { class: 'disputes' }, s.disagreements.map(disputeItem))),
    ),
    h('h3', {}, 'In the article'),
    article,
  );
  say(`Statement by ${names(s.speakers)}: ${s.stance}.`);
  try {
    const source = await loadArticle(s.source.id);
    if (state.selected !== id) return;
    article.replaceWith(renderArticle(source, s.evidence));
  } catch (error) {
    article.textContent = 'The article could not be loaded.';
    fail(error);
  }
}

async function loadArticle(id) {
  if (!state.articles.has(id)) {
    const data = await gql(Q.source, { id });
    if (!data.source) throw new ApiError(`The source ${id} is not in the graph.`);
    state.articles.set(id, data.source);
  }
  return state.articles.get(id);
}

/** The article as text, with the sentence(s) holding the statement marked and the statement itself marked inside. */
function renderArticle(source, ev) {
  const text = source.text;
  // The source's own sentence offsets, so a quote that runs over two sentences is marked whole.
  const covering = source.sentences.filter((x) => x.end > ev.start && x.start < ev.end);
  const from = covering.length ? Math.min(...covering.map((x) => x.start)) : ev.start;
  const to = covering.length ? Math.max(...covering.map((x) => x.end)) : ev.end;
  const said = h('mark', { class: 'said' }, text.slice(ev.start, ev.end));
  const link = /^https?:\/\//i.test(source.url || '')
    ? h('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, source.title)
    : source.title;
  const node = h(
    'div',
    { class: 'article', id: 'article' },
    h(
      'p',
      { class: 'byline' },
      link,
      ` · ${[source.outlet, source.publishedAt].filter(Boolean).join(', ')}`,
    ),
    h(
      'div',
      { class: 'text' },
      text.slice(0, from),
      h('mark', { class: 'sentence' }, text.slice(from, ev.start), said, text.slice(ev.end, to)),
      text.slice(to),
    ),
  );
  // After layout: bring the mark into the middle of the panel without scrolling the page.
  window.requestAnimationFrame(() => {
    node.scrollTop = Math.max(0, said.offsetTop - node.clientHeight / 3);
  });
  return node;
}
