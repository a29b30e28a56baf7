/* global cytoscape */
/*
 * The graph on the canvas, drawn with cytoscape from what `state` holds. Entities are nodes;
 * statements (speaker → each target), disputes and relations are edges.
 */
import { $, h, swatch } from './dom.js';
import { alertUser } from './messages.js';
import { filtering, passes, state } from './state.js';
import { graphStyle } from './graph-style.js';
import { KINDS, disputeKind, kindLabel, roleClass, stanceColor } from './vocabulary.js';

// A live binding: it stays null when cytoscape did not load, and the page then works from the list.
export let cy = null;

/** `onNode(entityId)` and `onStatement(statementId)` are what tapping the canvas does. */
export function startGraph({ onNode, onStatement }) {
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
  cy.on('tap', 'node', (e) => onNode(e.target.id()));
  cy.on('tap', 'edge.statement', (e) => onStatement(e.target.data('statement')));
  cy.on('tap', 'edge.dispute', (e) => onStatement(e.target.data('a')));
}

export function buildLegend() {
  $('legend').replaceChildren(
    ...Object.entries(KINDS).map(([kind, { color, shape }]) =>
      h('span', { class: 'legend-item' }, swatch(color, `shape shape-${shape}`), kindLabel(kind)),
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

/** Adds what state holds and the graph lacks; new nodes start around `anchor` so a re-layout moves little. */
export function syncGraph(anchor) {
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
        edge(`${s.id}|${speaker.id}|${t.entity.id}`, `statement ${roleClass(t.role)}`, {
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
    fit();
  }
  cy.nodes().removeClass('focus');
  if (state.focus) cy.getElementById(state.focus).addClass('focus');
}

// Fit, but a handful of nodes should not be blown up to fill the screen.
function fit() {
  cy.fit(undefined, 40);
  if (cy.zoom() > 1.6) {
    cy.zoom(1.6);
    cy.center();
  }
}

/** Fits the graph to its panel again when it shows: drawn while hidden, it had no size to fit. */
export function refitGraph() {
  if (!cy) return;
  cy.resize();
  fit();
}

/** Hides the edges the filters leave out; the list is filtered by the same `passes`. */
export function filterGraph() {
  if (!cy) return;
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
    const on = filtering();
    cy.nodes().forEach((n) => {
      const lit = n.connectedEdges('.statement, .dispute').some((e) => !e.hasClass('hidden'));
      n.toggleClass('faded', on && !lit);
    });
  });
}

export function markSelected(statementId) {
  if (!cy) return;
  cy.edges().removeClass('selected');
  cy.edges()
    .filter((e) => e.data('statement') === statementId)
    .addClass('selected');
}

export function clearGraph() {
  if (cy) cy.elements().remove();
}
