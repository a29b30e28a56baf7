/*
 * The timeline's chart in plain SVG: one row of bars per direction (what the entity said, what
 * was said about it) over one time axis, every bar stacked by stance and scaled to the same
 * largest count, so the two rows compare. Each bar is a focusable group labelled in words; the
 * caller makes them one Tab stop (roving.js) and says what activating one does. The labels,
 * ticks and counts drawn as text are hidden from screen readers, to whom the bars say it all.
 */
import { svg } from './dom.js';
import { stanceColor } from './vocabulary.js';

const ROW = 120; // px, the height of a row's tallest bar and the count above it
const GAP = 30;
const TOP = 10;
const LEFT = 104; // the row labels
const RIGHT = 12;
const AXIS = 30;
const LABEL_SPACING = 84; // px between the axis labels at least
const NAME_CHARS = 15;

const clip = (text) => (text.length > NAME_CHARS ? `${text.slice(0, NAME_CHARS - 1)}…` : text);

/**
 * `rows`: `[{ direction, word, name, bars: [{ day, axis, label, count, stances: [[stance, n]] }] }]`,
 * every row with the same days. Answers the `<svg>` and the bars' groups, row by row.
 */
export function drawChart({ rows, title, width }) {
  const n = rows[0].bars.length;
  const plot = width - LEFT - RIGHT;
  const band = plot / n;
  const barWidth = Math.max(2, Math.min(56, band * 0.7));
  const height = TOP + rows.length * ROW + (rows.length - 1) * GAP + AXIS;
  const max = Math.max(1, ...rows.flatMap((row) => row.bars.map((bar) => bar.count)));
  const scale = (count) => (count / max) * (ROW - 18); // room for the count over the tallest bar
  const grid = [];
  const drawn = rows.map((row, r) => {
    const base = TOP + r * (ROW + GAP) + ROW;
    const bars = row.bars.map((bar, i) =>
      drawBar(bar, row.direction, LEFT + i * band + (band - barWidth) / 2, base, barWidth, scale),
    );
    grid.push(bars);
    return svg(
      'g',
      { class: 'row' },
      svg(
        'text',
        { class: 'row-label', x: 0, y: base - ROW / 2, 'aria-hidden': 'true' },
        svg('tspan', { class: 'word', x: 0 }, row.word),
        svg('tspan', { x: 0, dy: '1.3em' }, clip(row.name)),
      ),
      svg('line', { class: 'baseline', x1: LEFT, x2: width - RIGHT, y1: base, y2: base }),
      tick(base, '0'),
      tick(base - scale(max), String(max)),
      ...bars,
    );
  });
  const every = Math.ceil(n / Math.max(1, Math.floor(plot / LABEL_SPACING)));
  const labels = rows[0].bars.map((bar, i) => {
    if (i % every !== 0) return null;
    const x = LEFT + (i + 0.5) * band;
    // A label centred on the last bars would run off the right edge.
    const anchor = x + LABEL_SPACING / 2 > width ? 'end' : 'middle';
    return svg(
      'text',
      { class: 'axis', x, y: height - 8, 'text-anchor': anchor, 'aria-hidden': 'true' },
      bar.axis,
    );
  });
  const chart = svg(
    'svg',
    { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': title },
    ...drawn,
    ...labels,
  );
  return { chart, grid };
}

const tick = (y, text) =>
  svg(
    'text',
    {
      class: 'tick',
      x: LEFT - 6,
      y,
      'text-anchor': 'end',
      'dominant-baseline': 'middle',
      'aria-hidden': 'true',
    },
    text,
  );

function drawBar(bar, direction, x, base, width, scale) {
  let top = base;
  const segments = bar.stances.map(([stance, n]) => {
    const height = scale(n);
    top -= height;
    return svg('rect', {
      x,
      y: top,
      width,
      height,
      // A presentation attribute, not a style attribute, so the CSP lets it be.
      fill: stanceColor(stance),
      'data-stance': stance,
      'data-count': n,
    });
  });
  const pad = 2;
  return svg(
    'g',
    {
      class: 'bar',
      role: 'button',
      'aria-label': bar.label,
      'aria-disabled': bar.count === 0 && 'true',
      'data-direction': direction,
      'data-bucket': bar.day,
      'data-count': bar.count,
    },
    svg('title', {}, bar.label),
    // The whole column answers the pointer and shows the focus, however short the bar.
    svg('rect', {
      class: 'hit',
      x: x - pad,
      y: base - ROW,
      width: width + 2 * pad,
      height: ROW + pad,
    }),
    ...segments,
    bar.count > 0
      ? svg(
          'text',
          { class: 'count', x: x + width / 2, y: top - 4, 'text-anchor': 'middle' },
          String(bar.count),
        )
      : null,
  );
}
