/* global cytoscape, history, location, URLSearchParams */
/*
 * The explorer page (issue 8). It talks only to /graphql, as any client would, keeps what it has
 * loaded in `state`, and redraws the graph and the statement list from that state, so the canvas and
 * the accessible list can never disagree. Untrusted text only ever enters the DOM as text nodes
 * (see `h`), never as markup.
 */
(function () {
  'use strict';

  // Shapes as well as colours, so kinds stay apart for readers who do not see the colours.
  const KINDS = {
    COUNTRY: { label: 'Country', color: '#0072b2', shape: 'round-rectangle' },
    LEADER: { label: 'Leader', color: '#e69f00', shape: 'ellipse' },
    PERSON: { label: 'Person', color: '#cc79a7', shape: 'diamond' },
    ORGANIZATION: { label: 'Organization', color: '#009e73', shape: 'hexagon' },
    CITY: { label: 'City', color: '#56b4e9', shape: 'triangle' },
    REGION: { label: 'Region', color: '#a6761d', shape: 'pentagon' },
    EVENT: { label: 'Event', color: '#d55e00', shape: 'star' },
    WEAPON_SYSTEM: { label: 'Weapon system', color: '#666666', shape: 'octagon' },
  };
  // Hostile speech acts in reds, denial in purple, support in greens, plain statements in blue-greys.
  const STANCES = {
    ACCUSE: '#d62728',
    CRITICIZE: '#e8743b',
    THREATEN: '#8b0000',
    DEMAND: '#b8860b',
    REJECT: '#c2185b',
    WARN: '#f0a30a',
    DENY: '#7b3fb5',
    SUPPORT: '#2ca02c',
    PRAISE: '#00a087',
    PROMISE: '#7cb342',
    APPEAL: '#17becf',
    CLAIM: '#1f77b4',
    REPORT: '#7f7f7f',
    ACKNOWLEDGE: '#4a6fa5',
    OTHER: '#b0b0b0',
  };
  const DISPUTE_COLOR = '#e00000';
  const kindColor = (kind) => (KINDS[kind] ? KINDS[kind].color : '#999999');
  const kindLabel = (kind) => (KINDS[kind] ? KINDS[kind].label : kind);
  const stanceColor = (stance) => STANCES[stance] || STANCES.OTHER;
  const disputeKind = (kind) => kind.toLowerCase().replace('_', ' ');
  const PAGE = 100; // the API's largest page
  const MAX_PAGES = 5;

  const ENTITY = 'fragment E on Entity { id name kind }';
  const STATEMENT = `fragment S on Statement {
    id text stance isQuote cue date
    speakers { ...E }
    targets { role entity { ...E } }
    source { id title outlet publishedAt }
    evidence { start end sentenceIndex sentence }
    disagreements { direction kind statement { id stance speakers { ...E } } }
  } ${ENTITY}`;
  const Q = {
    start: `query Start($first: Int) {
      entities(first: $first) { ...Entities }
      sources(first: $first) { edges { node { id title outlet publishedAt } } }
    } fragment Entities on EntityConnection {
      pageInfo { hasNextPage endCursor } edges { node { ...E } }
    } ${ENTITY}`,
    entities: `query Entities($first: Int, $after: String) {
      entities(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { ...E } }
      }
    } ${ENTITY}`,
    search: `query Search($text: String!, $first: Int) {
      search(text: $text, first: $first) {
        kind entity { ...E } statement { ...S }
      }
    } ${STATEMENT}`,
    neighbourhood: `query Neighbourhood($id: ID!, $first: Int) {
      entity(id: $id) {
        ...E
        statementsBy(first: $first) { totalCount edges { node { ...S } } }
        statementsAbout(first: $first) { totalCount edges { node { ...S } } }
        relations { type sourceId from { ...E } to { ...E } }
      }
    } ${STATEMENT}`,
    statements: `query All($first: Int, $after: String) {
      statements(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { ...S } }
      }
    } ${STATEMENT}`,
    statement: `query One($id: ID!) { statement(id: $id) { ...S } } ${STATEMENT}`,
    source: `query Article($id: ID!) {
      source(id: $id) { id title outlet url publishedAt text sentences { start end } }
    }`,
  };

  const $ = (id) => document.getElementById(id);
  const ui = {
    search: $('search'),
    picker: $('picker'),
    alert: $('alert'),
    status: $('status'),
    results: $('results'),
    resultsSection: $('results-section'),
    stanceBoxes: $('stance-boxes'),
    sourceFilter: $('source-filter'),
    statements: $('statements'),
    count: $('statement-count'),
    empty: $('graph-empty'),
    details: $('details'),
    main: $('main'),
  };

  const state = {
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
  let cy = null;
  // Only the latest request may redraw; an older answer arriving late is dropped.
  let generation = 0;

  /** Builds an element; strings become text nodes, so nothing is ever parsed as HTML. */
  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === false || v === null || v === undefined) continue;
      if (k === 'onclick') node.addEventListener('click', v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function swatch(color, cls) {
    const s = h('span', { class: cls || 'swatch', 'aria-hidden': 'true' });
    s.style.backgroundColor = color; // CSSOM, which the CSP allows (style attributes it does not)
    return s;
  }

  // ---- API ------------------------------------------------------------------------------------

  class ApiError extends Error {}

  async function gql(query, variables) {
    let res;
    try {
      res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
    } catch {
      throw new ApiError('The graph API could not be reached. Check the connection and try again.');
    }
    let body = null;
    try {
      body = await res.json();
    } catch {
      // Not JSON (a proxy's error page, say); the status below says what happened.
    }
    if (body && Array.isArray(body.errors) && body.errors.length > 0) {
      throw new ApiError(`The graph API returned an error: ${body.errors[0].message}`);
    }
    if (!res.ok || !body || !body.data) {
      throw new ApiError(`The graph API failed (HTTP ${res.status}). Nothing can be shown.`);
    }
    return body.data;
  }

  // ---- Messages -------------------------------------------------------------------------------

  function alertUser(message) {
    ui.alert.textContent = message;
  }
  function say(message) {
    ui.alert.textContent = '';
    ui.status.textContent = message;
  }
  function fail(error) {
    if (!(error instanceof ApiError)) console.error(error);
    alertUser(error instanceof ApiError ? error.message : `Something went wrong: ${error}`);
    ui.status.textContent = '';
    updateEmpty();
  }
  async function busy(task) {
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

  // ---- State ----------------------------------------------------------------------------------

  function addEntity(e) {
    if (e && !state.entities.has(e.id)) state.entities.set(e.id, e);
  }
  function addSource(s) {
    if (s && !state.sources.has(s.id)) {
      state.sources.set(s.id, s);
      const label = [s.outlet, s.publishedAt, s.title].filter(Boolean).join(' · ');
      ui.sourceFilter.append(h('option', { value: s.id }, label));
    }
  }
  function addStatement(s) {
    state.statements.set(s.id, s);
    s.speakers.forEach(addEntity);
    s.targets.forEach((t) => addEntity(t.entity));
    addSource(s.source);
    for (const d of s.disagreements) {
      d.statement.speakers.forEach(addEntity);
      const [a, b] = d.direction === 'DISPUTES' ? [s, d.statement] : [d.statement, s];
      state.disputes.set(`${a.id}>${b.id}`, { a, b, kind: d.kind });
    }
  }
  function addRelation(r) {
    addEntity(r.from);
    addEntity(r.to);
    state.relations.set(`${r.from.id}-${r.type}-${r.to.id}`, r);
  }
  function clearState() {
    for (const key of ['entities', 'statements', 'relations', 'disputes']) state[key].clear();
    state.focus = null;
    state.selected = null;
    if (cy) cy.elements().remove();
    ui.details.replaceChildren(h('p', { class: 'hint' }, 'Select a statement to read it.'));
  }

  const passes = (s) =>
    state.stances.has(s.stance) && (!state.source || s.source.id === state.source);
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const names = (entities) => entities.map((e) => e.name).join(' and ');
  const byDate = (a, b) =>
    (b.date || b.source.publishedAt).localeCompare(a.date || a.source.publishedAt) ||
    a.id.localeCompare(b.id);

  // ---- Graph ----------------------------------------------------------------------------------

  function startGraph() {
    if (typeof cytoscape !== 'function') {
      const message = 'The graph drawing library did not load. Statements are still listed.';
      $('cy').append(h('p', { class: 'empty' }, message));
      alertUser(message);
      return;
    }
    cy = cytoscape({
      container: $('cy'),
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      style: graphStyle(),
    });
    cy.on('tap', 'node', (e) => expand(e.target.id()));
    cy.on('tap', 'edge.statement', (e) => openStatement(e.target.data('statement')));
    cy.on('tap', 'edge.dispute', (e) => openStatement(e.target.data('a')));
  }

  function graphStyle() {
    const style = [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 12,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': 110,
          'text-outline-color': '#fff',
          'text-outline-width': 2,
          color: '#222',
          width: 26,
          height: 26,
          'border-width': 1,
          'border-color': '#fff',
        },
      },
      {
        selector: 'node.focus',
        style: {
          width: 38,
          height: 38,
          'border-width': 3,
          'border-color': '#222',
          'font-weight': 'bold',
        },
      },
      {
        selector: 'edge',
        style: {
          'curve-style': 'bezier',
          width: 2,
          'arrow-scale': 0.9,
          'target-arrow-shape': 'triangle',
        },
      },
      {
        selector: 'edge.statement',
        style: { 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', width: 3 },
      },
      { selector: 'edge.mentioned', style: { width: 1.5, opacity: 0.45 } },
      {
        selector: 'edge.relation',
        style: {
          'line-color': '#c8c8c8',
          'target-arrow-color': '#c8c8c8',
          'target-arrow-shape': 'vee',
          width: 1,
          label: 'data(label)',
          'font-size': 8,
          color: '#888',
          'text-rotation': 'autorotate',
        },
      },
      {
        selector: 'edge.dispute',
        style: {
          'line-color': DISPUTE_COLOR,
          'target-arrow-color': DISPUTE_COLOR,
          'target-arrow-shape': 'tee',
          'line-style': 'dashed',
          'line-dash-pattern': [7, 4],
          width: 2.5,
          label: 'data(label)',
          'font-size': 9,
          color: DISPUTE_COLOR,
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 0.85,
        },
      },
      {
        selector: 'edge.selected',
        style: {
          width: 6,
          opacity: 1,
          label: 'data(stance)',
          'font-size': 10,
          'text-rotation': 'autorotate',
          'z-index': 10,
          'text-background-color': '#fff',
          'text-background-opacity': 0.9,
        },
      },
      { selector: 'edge.selected.mentioned', style: { width: 3, label: '' } },
      { selector: 'node.faded', style: { opacity: 0.25 } },
      { selector: '.hidden', style: { display: 'none' } },
    ];
    for (const [kind, { color, shape }] of Object.entries(KINDS)) {
      style.push({
        selector: `node[kind = "${kind}"]`,
        style: { 'background-color': color, shape },
      });
    }
    return style;
  }

  /** Adds what state holds and the graph lacks; new nodes start around `anchor` so a re-layout moves little. */
  function syncGraph(anchor) {
    if (!cy) return;
    const elements = [];
    const at =
      anchor && cy.getElementById(anchor).nonempty()
        ? cy.getElementById(anchor).position()
        : { x: 0, y: 0 };
    const fresh = [...state.entities.values()].filter((e) => cy.getElementById(e.id).empty());
    fresh.forEach((e, i) => {
      const angle = (2 * Math.PI * i) / fresh.length;
      elements.push({
        group: 'nodes',
        data: { id: e.id, label: e.name, kind: e.kind },
        position: { x: at.x + 160 * Math.cos(angle), y: at.y + 160 * Math.sin(angle) },
      });
    });
    const edge = (id, classes, data) => {
      if (cy.getElementById(id).empty())
        elements.push({ group: 'edges', classes, data: { id, ...data } });
    };
    for (const s of state.statements.values()) {
      for (const speaker of s.speakers) {
        for (const t of s.targets) {
          edge(`${s.id}|${speaker.id}|${t.entity.id}`, `statement ${t.role}`, {
            source: speaker.id,
            target: t.entity.id,
            statement: s.id,
            speaker: speaker.id,
            stance: s.stance,
            sourceId: s.source.id,
            color: stanceColor(s.stance),
          });
        }
      }
    }
    for (const [key, r] of state.relations) {
      edge(`rel|${key}`, 'relation', {
        source: r.from.id,
        target: r.to.id,
        label: r.type,
        sourceId: r.sourceId,
      });
    }
    for (const [key, d] of state.disputes) {
      edge(`dispute|${key}`, 'dispute', {
        source: d.a.speakers[0].id,
        target: d.b.speakers[0].id,
        a: d.a.id,
        b: d.b.id,
        label: `disputes (${disputeKind(d.kind)})`,
      });
    }
    if (elements.length > 0) {
      cy.add(elements);
      cy.resize(); // the panel may have changed size since the last drawing
      cy.layout({
        name: 'cose',
        animate: false,
        randomize: false,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 110,
        nodeRepulsion: () => 12000,
      }).run();
      // Fit, but a handful of nodes should not be blown up to fill the screen.
      cy.fit(undefined, 40);
      if (cy.zoom() > 1.6) {
        cy.zoom(1.6);
        cy.center();
      }
    }
    cy.nodes().removeClass('focus');
    if (state.focus) cy.getElementById(state.focus).addClass('focus');
  }

  function applyFilters() {
    if (cy) {
      cy.batch(() => {
        cy.edges('.statement').forEach((e) => {
          e.toggleClass('hidden', !passes(state.statements.get(e.data('statement'))));
        });
        cy.edges('.dispute').forEach((e) => {
          const shown = [e.data('a'), e.data('b')].every((id) => {
            const s = state.statements.get(id);
            return !s || passes(s);
          });
          e.toggleClass('hidden', !shown);
        });
        cy.edges('.relation').forEach((e) => {
          e.toggleClass('hidden', Boolean(state.source) && e.data('sourceId') !== state.source);
        });
        // While a filter is on, entities left without a shown statement fade, so what matches stands out.
        const filtering = state.source || state.stances.size < Object.keys(STANCES).length;
        cy.nodes().forEach((n) => {
          const lit = n.connectedEdges('.statement, .dispute').some((e) => !e.hasClass('hidden'));
          n.toggleClass('faded', Boolean(filtering) && !lit);
        });
      });
    }
    renderList();
    updateEmpty();
  }

  function updateEmpty() {
    const nothing = state.entities.size === 0;
    ui.empty.hidden = !nothing;
    if (nothing && ui.alert.textContent)
      ui.empty.textContent = 'Nothing to draw: see the message above.';
  }

  // ---- Lists ----------------------------------------------------------------------------------

  function statementLine(s) {
    const targets = s.targets.filter((t) => t.role === 'TARGET').map((t) => t.entity);
    return [
      swatch(stanceColor(s.stance)),
      h('span', { class: 'who' }, names(s.speakers)),
      ' ',
      h('span', { class: 'stance' }, s.stance),
      targets.length ? ` → ${names(targets)}` : '',
      s.disagreements.length ? h('span', { class: 'badge' }, 'disputed') : null,
      h('span', { class: 'words' }, s.isQuote ? `“${s.text}”` : s.text),
    ];
  }

  function renderList() {
    const all = [...state.statements.values()];
    const shown = all.filter(passes).sort(byDate);
    ui.count.textContent = all.length ? `(${shown.length} of ${all.length})` : '';
    ui.statements.replaceChildren(
      ...shown.map((s) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'item',
              'data-id': s.id,
              'data-stance': s.stance,
              'data-speaker': s.speakers.map((e) => e.id).join(' '),
              'aria-current': s.id === state.selected ? 'true' : null,
              onclick: () => openStatement(s.id),
            },
            statementLine(s),
          ),
        ),
      ),
    );
    if (all.length > 0 && shown.length === 0) {
      ui.statements.append(h('li', { class: 'hint' }, 'No statement matches the filters.'));
    } else if (all.length === 0) {
      ui.statements.append(h('li', { class: 'hint' }, 'No statements loaded.'));
    }
  }

  function renderResults(text, hits) {
    ui.resultsSection.hidden = false;
    ui.results.replaceChildren(
      ...hits.map((hit) => {
        if (hit.entity) {
          const e = hit.entity;
          return h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'item', 'data-entity': e.id, onclick: () => show(e.id) },
              swatch(kindColor(e.kind)),
              h('span', { class: 'who' }, e.name),
              ` ${kindLabel(e.kind)}`,
            ),
          );
        }
        const s = hit.statement;
        return h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'item',
              'data-statement': s.id,
              onclick: () => show(s.speakers[0].id, s.id),
            },
            statementLine(s),
          ),
        );
      }),
    );
    if (hits.length === 0)
      ui.results.append(h('li', { class: 'hint' }, `Nothing matches “${text}”.`));
  }

  // ---- Details --------------------------------------------------------------------------------

  function entityButton(e, note) {
    return h(
      'button',
      {
        type: 'button',
        class: 'chip',
        onclick: () => expand(e.id),
        title: `Add ${e.name}'s neighbourhood to the graph`,
      },
      swatch(kindColor(e.kind)),
      e.name,
      note ? h('span', { class: 'hint' }, ` ${note}`) : null,
    );
  }

  const fact = (term, ...value) => [h('dt', {}, term), h('dd', {}, ...value)];

  function disputeItem(d) {
    const verb = d.direction === 'DISPUTES' ? 'Disputes' : 'Disputed by';
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

  async function openStatement(id) {
    let s = state.statements.get(id);
    if (!s) {
      const data = await gql(Q.statement, { id }).catch(fail);
      if (!data || !data.statement) return;
      addStatement(data.statement);
      syncGraph(state.focus);
      s = data.statement;
    }
    state.selected = id;
    if (cy) {
      cy.edges().removeClass('selected');
      cy.edges()
        .filter((e) => e.data('statement') === id)
        .addClass('selected');
    }
    applyFilters();
    const article = h('div', { class: 'article', id: 'article' }, 'Loading the article…');
    ui.details.replaceChildren(
      s.isQuote
        ? h('blockquote', { class: 'quote' }, `“${s.text}”`)
        : h(
            'p',
            { class: 'quote paraphrase' },
            h('span', { class: 'hint' }, 'Paraphrase: '),
            s.text,
          ),
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
            ? s.targets.map((t) => entityButton(t.entity, t.role === 'MENTIONED' && '(mentioned)'))
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

  // ---- Actions --------------------------------------------------------------------------------

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
      if (!merge) clearState();
      addEntity(e);
      const statements = [...e.statementsBy.edges, ...e.statementsAbout.edges].map((x) => x.node);
      statements.forEach(addStatement);
      e.relations.forEach(addRelation);
      state.focus = e.id;
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

  const expand = (id) => neighbourhood(id, { merge: true });

  async function show(entityId, statementId) {
    await neighbourhood(entityId, { merge: false });
    if (statementId && state.statements.has(statementId)) await openStatement(statementId);
  }

  function showAll() {
    return busy(async (current) => {
      say('Loading all statements…');
      let after = null;
      let total = 0;
      const rows = [];
      for (let page = 0; page < MAX_PAGES; page++) {
        const { statements } = await gql(Q.statements, { first: PAGE, after });
        total = statements.totalCount;
        rows.push(...statements.edges.map((x) => x.node));
        if (!statements.pageInfo.hasNextPage) break;
        after = statements.pageInfo.endCursor;
      }
      if (!current()) return;
      clearState();
      rows.forEach(addStatement);
      ui.picker.value = '';
      history.replaceState(null, '', location.pathname);
      syncGraph(null);
      applyFilters();
      if (rows.length === 0) alertUser('The graph holds no statements yet.');
      else say(`${rows.length} of ${plural(total, 'statement')}. Select a node to expand it.`);
    });
  }

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

  async function loadEntities() {
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
      h(
        'option',
        { value: '' },
        entities.length ? `Pick one of ${entities.length}…` : 'No entities',
      ),
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

  // ---- Wiring ---------------------------------------------------------------------------------

  function buildLegendAndFilters() {
    ui.stanceBoxes.replaceChildren(
      ...Object.entries(STANCES).map(([stance, color]) =>
        h(
          'label',
          { class: 'stance-box' },
          h('input', { type: 'checkbox', value: stance, checked: true, name: 'stance' }),
          swatch(color),
          stance.toLowerCase(),
        ),
      ),
    );
    $('legend').replaceChildren(
      ...Object.values(KINDS).map(({ label, color, shape }) =>
        h('span', { class: 'legend-item' }, swatch(color, `shape shape-${shape}`), label),
      ),
      ...[
        ['statement', 'statement (speaker → target)'],
        ['mentioned', 'only mentioned'],
        ['dispute', 'dispute'],
        ['relation', 'relation'],
      ].map(([line, text]) =>
        h(
          'span',
          { class: 'legend-item' },
          h('span', { class: `line line-${line}`, 'aria-hidden': 'true' }),
          text,
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

  function wire() {
    $('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const text = ui.search.value.trim();
      if (text) search(text);
    });
    ui.picker.addEventListener('change', () => {
      if (ui.picker.value) show(ui.picker.value);
    });
    $('show-all').addEventListener('click', showAll);
    ui.stanceBoxes.addEventListener('change', readStances);
    $('stances-all').addEventListener('click', () => setAllStances(true));
    $('stances-none').addEventListener('click', () => setAllStances(false));
    ui.sourceFilter.addEventListener('change', () => {
      state.source = ui.sourceFilter.value;
      applyFilters();
    });
  }

  async function start() {
    buildLegendAndFilters();
    startGraph();
    wire();
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
})();
