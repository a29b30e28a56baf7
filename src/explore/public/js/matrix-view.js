/*
 * The stance matrix: the entities that speak most (rows) against those most spoken about (columns),
 * over the period. Each cell is a square in the colour of the stance most of its statements take,
 * its area growing with their number, which it also writes. It is a table, so a screen reader reads
 * it as one, with every cell labelled in words ("Azerbaijan about Armenia: 5 statements, mostly
 * ACCUSE"); the grid is one Tab stop, the arrows move between cells and headers, Enter on a cell
 * lists its statements, and Enter on a speaker or target opens its timeline.
 */
import { Q, gql } from './api.js';
import { $, h, plural, swatch } from './dom.js';
import { say, tasks } from './messages.js';
import { roving } from './roving.js';
import { periodWhere } from './views.js';
import { ALL_TIME, STANCES, stanceColor, stanceLabel } from './vocabulary.js';

const SIDE = 27; // px, the square of the fullest cell (the cell is 36)
const MIN_SIDE = 7; // px, so that a single statement still shows
const STANCE_ORDER = Object.keys(STANCES);

let actions = { onStatements: () => {}, onEntity: () => {} };
let grid = null;
let run = null;
let chosen = null; // the cell whose statements are listed, as `speaker|target`
let drawnWhere = {}; // the period of the matrix drawn, which its cells' statements must share
// The entities of the rows and columns drawn, by id, for the headers' clicks.
const shown = new Map();

/**
 * `onStatements({ where, title })` lists the statements of a cell; `onEntity(entity)`
 * opens an entity's timeline.
 */
export function wireMatrix({ onStatements, onEntity }) {
  actions = { onStatements, onEntity };
  run = tasks($('view-matrix'));
  grid = roving($('matrix'));
  $('matrix').addEventListener('click', (event) => {
    const cell = event.target.closest('button.cell');
    if (cell) openCell(cell);
    const head = event.target.closest('button.head');
    if (head) actions.onEntity(shown.get(head.dataset.entity));
  });
  $('matrix-top').addEventListener('change', drawMatrix);
}

/** The counts of the matrix, by `speaker|target`: the total, each stance's, and the dominant one. */
function cellsOf(rows) {
  const cells = new Map();
  for (const { speaker, target, stance, count } of rows) {
    const key = `${speaker.id}|${target.id}`;
    if (!cells.has(key)) cells.set(key, { count: 0, stances: new Map() });
    const cell = cells.get(key);
    cell.count += count;
    cell.stances.set(stance, (cell.stances.get(stance) || 0) + count);
  }
  for (const cell of cells.values()) {
    // Most statements first; a tie goes to the stance named first in the vocabulary, so that the
    // same counts always give the same colour.
    cell.ranked = [...cell.stances].sort(
      (a, b) => b[1] - a[1] || STANCE_ORDER.indexOf(a[0]) - STANCE_ORDER.indexOf(b[0]),
    );
    cell.stance = cell.ranked[0][0];
  }
  return cells;
}

export function drawMatrix() {
  return run(async (current) => {
    const where = periodWhere();
    const first = Number($('matrix-top').value);
    const top = await gql(Q.top, { where, first });
    // Each entity with how many statements it made (a speaker) or was the target of.
    const speakers = top.topSpeakers.map((x) => ({ ...x.entity, count: x.count }));
    const targets = top.topTargets.map((x) => ({ ...x.entity, count: x.count }));
    let rows = [];
    if (speakers.length > 0 && targets.length > 0) {
      const data = await gql(Q.matrix, {
        where,
        speakers: speakers.map((e) => e.id),
        targets: targets.map((e) => e.id),
        bucket: ALL_TIME,
        // Room for every stance of every cell, so that no small cell is cut off.
        maxCells: speakers.length * targets.length * STANCE_ORDER.length,
      });
      rows = data.stanceMatrix;
    }
    if (!current()) return;
    drawnWhere = where;
    render(speakers, targets, cellsOf(rows));
  });
}

function cellLabel(speaker, target, cell) {
  const pair = `${speaker.name} about ${target.name}`;
  if (!cell) return `${pair}: no statements`;
  const also =
    cell.ranked.length > 1
      ? ` (${cell.ranked.map(([stance, n]) => `${n} ${stanceLabel(stance)}`).join(', ')})`
      : '';
  return `${pair}: ${plural(cell.count, 'statement')}, mostly ${cell.stance}${also}`;
}

function cellButton(speaker, target, cell, max) {
  const label = cellLabel(speaker, target, cell);
  const key = `${speaker.id}|${target.id}`;
  const attrs = {
    type: 'button',
    class: 'cell',
    'data-speaker': speaker.id,
    'data-target': target.id,
    'data-count': cell ? cell.count : 0,
    'data-stance': cell && cell.stance,
    'aria-label': label,
    'aria-disabled': !cell && 'true',
    'aria-pressed': key === chosen ? 'true' : 'false',
    title: label,
  };
  if (!cell) return h('button', attrs);
  const square = swatch(stanceColor(cell.stance), 'square');
  // The area, not the side, grows with the count, so that twice the statements look twice as many.
  const side = Math.max(MIN_SIDE, Math.round(SIDE * Math.sqrt(cell.count / max)));
  square.style.width = `${side}px`;
  square.style.height = `${side}px`;
  return h('button', attrs, square, h('span', { class: 'n' }, String(cell.count)));
}

function headButton(entity, said) {
  const title = `${plural(entity.count, 'statement')} ${said}; opens its timeline`;
  return h(
    'button',
    { type: 'button', class: 'head', 'data-entity': entity.id, title: `${entity.name}: ${title}` },
    entity.name,
  );
}

function render(speakers, targets, cells) {
  shown.clear();
  [...speakers, ...targets].forEach((e) => shown.set(e.id, e));
  if (speakers.length === 0 || targets.length === 0) {
    $('matrix').replaceChildren(h('p', { class: 'hint' }, 'No statements in this period.'));
    $('matrix-legend').replaceChildren();
    grid.set([]);
    say('The matrix is empty: no statement in this period has a speaker and a target.');
    return;
  }
  const max = Math.max(1, ...[...cells.values()].map((c) => c.count));
  const columnHeads = targets.map((t) => headButton(t, 'about it'));
  const body = speakers.map((s) => [
    headButton(s, 'by it'),
    ...targets.map((t) => cellButton(s, t, cells.get(`${s.id}|${t.id}`), max)),
  ]);
  const table = h(
    'table',
    { class: 'matrix', role: 'grid', 'aria-describedby': 'matrix-legend' },
    h(
      'caption',
      { class: 'visually-hidden' },
      `Statements of the top ${plural(speakers.length, 'speaker')} (rows) about the top ` +
        `${plural(targets.length, 'target')} (columns)`,
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('td', { class: 'corner' }, 'speaker ↓ · target →'),
        columnHeads.map((b) => h('th', { scope: 'col' }, b)),
      ),
    ),
    h(
      'tbody',
      {},
      body.map(([head, ...row]) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, head),
          row.map((b) => h('td', {}, b)),
        ),
      ),
    ),
  );
  $('matrix').replaceChildren(table);
  grid.set([[null, ...columnHeads], ...body], [1, 1]);
  renderLegend(cells, max);
  say(
    `${plural(speakers.length, 'speaker')} × ${plural(targets.length, 'target')}, ` +
      `${plural(cells.size, 'pair')} with statements. Arrows move, Enter lists a pair.`,
  );
}

function renderLegend(cells, max) {
  const used = new Set([...cells.values()].map((c) => c.stance));
  $('matrix-legend').replaceChildren(
    h('span', { class: 'legend-item hint' }, 'Colour: the stance most statements take ·'),
    ...STANCE_ORDER.filter((s) => used.has(s)).map((s) =>
      h('span', { class: 'legend-item' }, swatch(stanceColor(s)), stanceLabel(s)),
    ),
    h('span', { class: 'legend-item hint' }, `· area: statements (at most ${max})`),
  );
}

function openCell(button) {
  const speaker = shown.get(button.dataset.speaker);
  const target = shown.get(button.dataset.target);
  const title = `${speaker.name} about ${target.name}`;
  if (button.getAttribute('aria-disabled') === 'true') {
    say(`${title}: no statements in this period.`);
    return;
  }
  chosen = `${speaker.id}|${target.id}`;
  for (const b of $('matrix').querySelectorAll('button.cell'))
    b.setAttribute('aria-pressed', String(b === button));
  actions.onStatements({
    // The matrix counts targets, as `target` filters them (`about` would add mentions).
    where: { ...drawnWhere, speaker: speaker.id, target: target.id },
    title,
  });
}
