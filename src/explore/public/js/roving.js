/* global HTMLButtonElement, MouseEvent */
/*
 * The arrow keys over a grid of focusable elements that is one stop of the Tab key (the "roving
 * tabindex" of the ARIA grid pattern): the matrix's cells and the timeline's bars. Arrows move one
 * cell, Home and End to the ends of the row, Ctrl+Home and Ctrl+End to the corners. Enter and Space
 * activate the focused element as a click does, for SVG elements too, which have no click of their
 * own; a button already does so itself.
 */

const MOVES = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };

/** Arrow-key focus inside `container`; `set(rows)` gives it the grid (rows of elements or nulls). */
export function roving(container) {
  let rows = [];
  let at = null;
  const item = (pos) => (pos && rows[pos[0]] && rows[pos[0]][pos[1]]) || null;

  function find(node) {
    for (let r = 0; r < rows.length; r++) {
      const c = rows[r].indexOf(node);
      if (c >= 0) return [r, c];
    }
    return null;
  }

  // The one element Tab reaches; the grid remembers it, so Tab comes back to where the reader was.
  function stop(pos) {
    const old = item(at);
    if (old) old.tabIndex = -1;
    at = pos;
    item(at).tabIndex = 0;
  }

  /** The nearest element from `from` going by `[dr, dc]`, skipping the gaps; null at the edge. */
  function step(from, [dr, dc]) {
    let [r, c] = from;
    for (;;) {
      r += dr;
      c += dc;
      if (r < 0 || r >= rows.length || c < 0 || c >= rows[r].length) return null;
      if (item([r, c])) return [r, c];
    }
  }

  const present = (list) => list.filter((pos) => item(pos));
  const inRow = (r) => present(rows[r].map((_, c) => [r, c]));
  const inGrid = () => present(rows.flatMap((row, r) => row.map((_, c) => [r, c])));

  function target(key, ctrl) {
    if (MOVES[key]) return step(at, MOVES[key]);
    const line = ctrl ? inGrid() : inRow(at[0]);
    return (key === 'Home' ? line[0] : line[line.length - 1]) || null;
  }

  container.addEventListener('focusin', (event) => {
    const pos = find(event.target);
    if (pos) stop(pos);
  });

  container.addEventListener('keydown', (event) => {
    if (!find(event.target)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      if (event.target instanceof HTMLButtonElement) return;
      event.preventDefault();
      event.target.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return;
    }
    if (!MOVES[event.key] && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault(); // the arrows would otherwise scroll the panel
    const next = target(event.key, event.ctrlKey || event.metaKey);
    if (!next) return;
    stop(next);
    item(next).focus();
  });

  return {
    /**
     * A new grid, after a redraw. The Tab stop stays where it was if that place is still there,
     * else goes to `start` (a `[row, column]`) if given, else to the first element.
     */
    set(grid, start) {
      rows = grid;
      for (const row of rows) for (const node of row) if (node) node.tabIndex = -1;
      const pos = [at, start].find((p) => item(p)) || inGrid()[0];
      if (pos) {
        at = pos;
        item(at).tabIndex = 0;
      }
    },
  };
}
