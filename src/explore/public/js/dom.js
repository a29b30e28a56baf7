/*
 * Building what the reader sees. Untrusted text only ever enters the DOM as text nodes (see `h`),
 * never as markup.
 */

export const $ = (id) => document.getElementById(id);

// Module scripts run after the document is parsed, so every element is there to be found.
export const ui = {
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

/** Builds an element; strings become text nodes, so nothing is ever parsed as HTML. */
export const h = (tag, attrs, ...children) => fill(document.createElement(tag), attrs, children);

/** The same for SVG elements (the timeline's chart). */
export const svg = (tag, attrs, ...children) =>
  fill(document.createElementNS('http://www.w3.org/2000/svg', tag), attrs, children);

function fill(node, attrs, children) {
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

export function swatch(color, cls) {
  const s = h('span', { class: cls || 'swatch', 'aria-hidden': 'true' });
  s.style.backgroundColor = color; // CSSOM, which the CSP allows (style attributes it does not)
  return s;
}

export const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
export const names = (entities) => entities.map((e) => e.name).join(' and ');
