/*
 * The timeline of one entity: how many statements it made, and how many were aimed at it, per
 * day, week, month or year of the period, each bar stacked by stance. The entity is the last one
 * whose neighbourhood was shown (or a matrix row or column opened). The bars are one Tab stop:
 * the arrows move along the time axis and between the two rows, Enter lists a bar's statements.
 * Under the chart, the same counts as a table.
 */
import { Q, gql } from './api.js';
import { axisLabel, bucketLabel, bucketsBetween, lastDay } from './buckets.js';
import { $, h, plural, swatch } from './dom.js';
import { say, tasks } from './messages.js';
import { roving } from './roving.js';
import { drawChart } from './timeline-chart.js';
import { openedView, period, periodWhere } from './views.js';
import {
  BOTH_DIRECTIONS,
  BUCKETS,
  DEFAULT_BUCKET,
  DIRECTIONS,
  STANCES,
  stanceColor,
  stanceLabel,
} from './vocabulary.js';

// More buckets than this are drawn without the empty ones between them, or the bars would vanish.
const MAX_BARS = 180;
const STANCE_ORDER = Object.keys(STANCES);

let onStatements = () => {};
let bars = null;
let run = null;
let entity = null;
let drawn = null; // what the chart shows: { entity, bucket, period }, which its bars' lists share

/** `onStatements({ where, title })` lists the statements of a bar. */
export function wireTimeline(actions) {
  onStatements = actions.onStatements;
  run = tasks($('view-timeline'));
  bars = roving($('timeline'));
  const select = $('timeline-bucket');
  select.replaceChildren(
    ...Object.entries(BUCKETS).map(([value, label]) =>
      h('option', { value, selected: value === DEFAULT_BUCKET }, label),
    ),
  );
  select.addEventListener('change', drawTimeline);
  $('timeline').addEventListener('click', (event) => {
    const bar = event.target.closest('.bar');
    if (bar) openBar(bar);
  });
}

/** Makes `e` the timeline's entity, and redraws it if it is in view. */
export function followEntity(e) {
  if (!e || (entity && entity.id === e.id)) return;
  entity = { id: e.id, name: e.name };
  if (openedView() === 'timeline') drawTimeline();
}

export function drawTimeline() {
  if (!entity) {
    $('timeline-heading').textContent = 'Timeline';
    $('timeline').replaceChildren(
      h(
        'p',
        { class: 'hint' },
        'Pick an entity, or a speaker or target in the matrix, to see its timeline.',
      ),
    );
    return Promise.resolve();
  }
  const shown = { entity, bucket: $('timeline-bucket').value, period: period() };
  return run(async (current) => {
    const { timeline } = await gql(Q.timeline, {
      entity: shown.entity.id,
      bucket: shown.bucket,
      direction: BOTH_DIRECTIONS,
      where: periodWhere(shown.period),
    });
    if (!current()) return;
    drawn = shown;
    render(timeline);
  });
}

/** What a bar counts, in words: "By Azerbaijan, October 2020". */
const barTitle = (direction, day) =>
  `${DIRECTIONS[direction]} ${drawn.entity.name}, ${bucketLabel(day, drawn.bucket)}`;

const breakdown = (stances) => stances.map(([s, n]) => `${n} ${stanceLabel(s)}`).join(', ');

/**
 * The points as bars: one row per direction, over every bucket from the first to the last (`gaps`
 * when there would be too many, and the empty ones are left out).
 */
function rowsOf(points) {
  const { entity: e, bucket } = drawn;
  const counted = new Map(Object.keys(DIRECTIONS).map((d) => [d, new Map()]));
  for (const p of points) {
    const row = counted.get(p.direction);
    if (!row.has(p.bucket)) row.set(p.bucket, new Map());
    row.get(p.bucket).set(p.stance, p.count);
  }
  const days = [...new Set(points.map((p) => p.bucket))].sort();
  const every = bucketsBetween(days[0], days[days.length - 1], bucket, MAX_BARS);
  const axis = every || days;
  const rows = [...counted].map(([direction, byDay]) => ({
    direction,
    word: DIRECTIONS[direction],
    name: e.name,
    bars: axis.map((day) => {
      const stances = STANCE_ORDER.filter((s) => byDay.get(day)?.has(s)).map((s) => [
        s,
        byDay.get(day).get(s),
      ]);
      const count = stances.reduce((sum, [, n]) => sum + n, 0);
      const what = barTitle(direction, day);
      const label = count
        ? `${what}: ${plural(count, 'statement')} (${breakdown(stances)})`
        : `${what}: no statements`;
      return { day, axis: axisLabel(day, bucket), label, count, stances };
    }),
  }));
  return { rows, gaps: !every };
}

function render(points) {
  const { entity: e, bucket } = drawn;
  const per = BUCKETS[bucket];
  $('timeline-heading').textContent = `Timeline of ${e.name}, statements per ${per}`;
  if (points.length === 0) {
    $('timeline').replaceChildren(
      h('p', { class: 'hint' }, `No statements by or about ${e.name} in this period.`),
    );
    $('timeline-legend').replaceChildren();
    bars.set([]);
    say(`${e.name}: no statements by or about it in this period.`);
    return;
  }
  const { rows, gaps } = rowsOf(points);
  const width = Math.max(480, $('timeline').clientWidth || 640);
  const title = `Statements by and about ${e.name} per ${per}`;
  const { chart, grid } = drawChart({ rows, title, width });
  const note = gaps && h('p', { class: 'hint' }, `Only the ${per}s with statements are shown.`);
  $('timeline').replaceChildren(...[chart, note, table(rows)].filter(Boolean));
  const start = grid
    .flatMap((row, r) => row.map((bar, c) => [r, c]))
    .find(([r, c]) => rows[r].bars[c].count > 0);
  bars.set(grid, start);
  legend(points);
  const total = (d) =>
    rows.find((r) => r.direction === d).bars.reduce((sum, b) => sum + b.count, 0);
  say(
    `${e.name}: ${plural(total('BY'), 'statement')} by it, ${total('ABOUT')} about it, ` +
      `per ${per}. Arrows move between bars, Enter lists a bar's statements.`,
  );
}

/** The chart's text alternative: its counts as a table, the empty buckets left out. */
function table(rows) {
  const [by, about] = rows;
  const cell = (bar) => h('td', {}, bar.count ? `${bar.count} (${breakdown(bar.stances)})` : '0');
  return h(
    'details',
    { class: 'as-table' },
    h('summary', {}, 'The timeline as a table'),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'When'),
          rows.map((r) => h('th', { scope: 'col' }, `${r.word} ${r.name}`)),
        ),
      ),
      h(
        'tbody',
        {},
        by.bars
          .map((bar, i) => [bar, about.bars[i]])
          .filter(([a, b]) => a.count + b.count > 0)
          .map(([a, b]) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, bucketLabel(a.day, drawn.bucket)),
              cell(a),
              cell(b),
            ),
          ),
      ),
    ),
  );
}

function legend(points) {
  const used = new Set(points.map((p) => p.stance));
  $('timeline-legend').replaceChildren(
    ...STANCE_ORDER.filter((s) => used.has(s)).map((s) =>
      h('span', { class: 'legend-item' }, swatch(stanceColor(s)), stanceLabel(s)),
    ),
  );
}

function openBar(bar) {
  const { entity: e, bucket, period: p } = drawn;
  const { bucket: day, direction } = bar.dataset;
  const title = barTitle(direction, day);
  if (bar.getAttribute('aria-disabled') === 'true') {
    say(`${title}: no statements.`);
    return;
  }
  const by = direction === 'BY';
  // The bucket, within the period the counts were made over.
  const from = p.from && p.from > day ? p.from : day;
  const end = lastDay(day, bucket);
  const to = p.to && p.to < end ? p.to : end;
  onStatements({
    // The timeline counts targets, as `target` filters them (`about` would add mentions).
    where: { ...periodWhere({ from, to }), ...(by ? { speaker: e.id } : { target: e.id }) },
    title,
  });
}
