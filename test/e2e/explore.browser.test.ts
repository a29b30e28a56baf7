import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoPath } from '../../src/paths';
import { EXPLORE_MODULES } from '../../src/explore/explore.router';
import { EXPLORE_CSP } from '../../src/explore/security-headers';
import { openTestGraph, type TestGraph } from '../helpers/graph';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * The explorer page in a real headless Chromium, against the real server over the seeded Neo4j:
 * finding an entity, reading a statement in its article, filtering, the stance matrix and an
 * entity's timeline (by keyboard, against what the API counts), and the failure state.
 * Screenshots at 1366×768 go to test/artifacts/ for a person to look at; with
 * UPDATE_SCREENSHOTS=1, those of the matrix and the timeline over the seed go to
 * src/explore/screenshots/ instead, the pictures the explorer's README shows (a test run leaves
 * the tracked files alone otherwise).
 */
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = repoPath('test', 'artifacts');
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? repoPath('src', 'explore', 'screenshots')
  : ARTIFACTS;
const PASHINYAN = 'nikol-pashinyan';
const AZERBAIJAN = 'azerbaijan';
const TOP = 12; // the matrix's default number of speakers and targets

interface StanceCount {
  speaker: { id: string };
  target: { id: string };
  stance: string;
  count: number;
}
interface TimelinePoint {
  bucket: string;
  direction: string;
  stance: string;
  count: number;
}
/** Counts summed by a key, and by key and stance: the totals a cell or a bar shows. */
interface Tally {
  total: Map<string, number>;
  byStance: Map<string, Map<string, number>>;
}
function tally<T extends { stance: string; count: number }>(rows: T[], key: (row: T) => string) {
  const t: Tally = { total: new Map(), byStance: new Map() };
  for (const row of rows) {
    const k = key(row);
    t.total.set(k, (t.total.get(k) ?? 0) + row.count);
    if (!t.byStance.has(k)) t.byStance.set(k, new Map());
    t.byStance.get(k)!.set(row.stance, row.count);
  }
  return t;
}

interface EdgeView {
  speaker: string;
  stance: string;
  visible: boolean;
}
/** The page's `window.explorer` handle; `cy` is the cytoscape instance, untyped in the test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ExplorerWindow = Window & { explorer: { cy: any } };

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `Skipping the explorer browser test: ${CHROMIUM} is missing. Enable it with \`apt-get install chromium\`.`,
  );
}

(hasChromium ? describe : describe.skip)('the /explore page in Chromium', () => {
  let graph: TestGraph;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const consoleProblems: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    graph = await openTestGraph();
    await graph.seed();
    server = await startTestServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleProblems.push(m.text());
    });
    page.on('pageerror', (e) => consoleProblems.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await graph?.close();
  });

  /** Statement edges of the graph as the page holds them. */
  const statementEdges = () =>
    page.evaluate(() =>
      (window as unknown as ExplorerWindow).explorer.cy
        .edges('.statement')
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        .map((e: any) => ({
          speaker: e.data('speaker'),
          stance: e.data('stance'),
          visible: e.visible(),
        })),
    ) as Promise<EdgeView[]>;
  const listItems = () => page.locator('#statements button.item');
  /** The page marks its main region busy from a request's start to its drawing. */
  const settled = () => page.locator('#main:not([aria-busy])').waitFor({ state: 'attached' });
  /** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
  const tabTo = async (selector: string, max = 60) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector))
        return;
    }
    throw new Error(`Tab never reached ${selector}`);
  };
  /** The focused element's data attributes. */
  const focused = () =>
    page.evaluate(() => ({ ...(document.activeElement as HTMLElement | null)?.dataset }));
  const press = async (key: string, times = 1) => {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
  };

  it('serves the page, its modules, its stylesheet and cytoscape with their content types and a strict CSP', async () => {
    const expected: Record<string, string> = {
      '/explore': 'text/html',
      '/explore/explore.css': 'text/css',
      '/explore/favicon.svg': 'image/svg+xml',
      '/explore/vendor/cytoscape.min.js': 'text/javascript',
    };
    // Module scripts are refused unless served as JavaScript (nosniff makes browsers strict).
    for (const name of EXPLORE_MODULES) expected[`/explore/${name}`] = 'text/javascript';
    for (const [path, type] of Object.entries(expected)) {
      const res = await fetch(`${server.url}${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expect(res.headers.get('content-type')).toContain(type);
      expect(res.headers.get('content-security-policy')).toBe(EXPLORE_CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(EXPLORE_CSP).toContain("script-src 'self'");
    expect(EXPLORE_CSP).not.toContain('unsafe-inline');
    // fetch would resolve a plain "../" itself; an encoded slash reaches the server as is.
    expect((await fetch(`${server.url}/explore/..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/explore/explore.router.ts`)).status).toBe(404);
  });

  it('finds Pashinyan by search and draws his statements, in the graph and in the list', async () => {
    await page.goto(`${server.url}/explore`);
    await page.locator('#picker optgroup[label="Leader"]').waitFor({ state: 'attached' });

    await page.getByLabel('Search', { exact: true }).fill('Pashinyan');
    await page.keyboard.press('Enter');
    const hit = page.locator(`#results button[data-entity="${PASHINYAN}"]`);
    await hit.waitFor();
    await hit.click();

    await page.waitForFunction(
      (id) =>
        (window as unknown as ExplorerWindow).explorer.cy
          .edges('.statement')
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          .map((e: any) => e.data('speaker'))
          .includes(id),
      PASHINYAN,
    );
    const edges = await statementEdges();
    expect(edges.filter((e) => e.speaker === PASHINYAN).length).toBeGreaterThanOrEqual(2);
    const his = listItems().and(page.locator(`[data-speaker~="${PASHINYAN}"]`));
    expect(await his.count()).toBeGreaterThanOrEqual(2);
    await expect(his.first().textContent()).resolves.toContain('Nikol Pashinyan');
    await page.screenshot({ path: `${ARTIFACTS}/explore-entity.png` });
  });

  it('opens a statement from the list with Enter and marks its sentence in the article', async () => {
    const { body } = await server.gql<{
      statements: { edges: { node: { text: string; evidence: { sentence: string } } }[] };
    }>(`{ statements(where: { speaker: "Pashinyan", text: "genocide" }) {
          edges { node { text evidence { sentence } } } } }`);
    const genocide = body.data!.statements.edges[0]!.node;

    const item = listItems().filter({ hasText: 'genocide' });
    await item.focus();
    await page.keyboard.press('Enter');
    await page.locator('#article mark.said').waitFor();

    expect(await page.locator('#article mark.said').textContent()).toBe(genocide.text);
    expect(await page.locator('#article mark.sentence').textContent()).toBe(
      genocide.evidence.sentence,
    );
    expect(await page.locator('#article mark').first().textContent()).toContain('genocide');
    const facts = await page.locator('#details .facts').textContent();
    expect(facts).toContain('Nikol Pashinyan');
    expect(facts).toContain('Azerbaijan');
    expect(facts).toContain('ACCUSE');
    await expect(page.locator('#details .quote').textContent()).resolves.toContain(genocide.text);
    await page.screenshot({ path: `${ARTIFACTS}/explore-statement.png` });
  });

  it('expands a node: clicking Azerbaijan on the canvas adds its statements to the graph', async () => {
    const before = (await statementEdges()).length;
    const at = await page.evaluate(() => {
      const { cy } = (window as unknown as ExplorerWindow).explorer;
      const box = cy.container().getBoundingClientRect();
      const p = cy.getElementById('azerbaijan').renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(
      (n) => (window as unknown as ExplorerWindow).explorer.cy.edges('.statement').length > n,
      before,
    );
    const edges = await statementEdges();
    expect(edges.some((e) => e.speaker === 'turkey')).toBe(true);
    expect(edges.some((e) => e.speaker === PASHINYAN)).toBe(true);
  });

  it('filtering by DENY leaves only denials, in the graph and in the list', async () => {
    await page.getByRole('button', { name: 'All statements' }).click();
    await settled();
    const disputes = await page.evaluate(
      () => (window as unknown as ExplorerWindow).explorer.cy.edges('.dispute').length,
    );
    expect(disputes).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: `${ARTIFACTS}/explore-all.png` });
    await page.getByRole('button', { name: 'None', exact: true }).click();
    await page.getByRole('checkbox', { name: 'deny' }).check();

    const visible = (await statementEdges()).filter((e) => e.visible);
    expect(visible.length).toBeGreaterThanOrEqual(2);
    expect(new Set(visible.map((e) => e.stance))).toEqual(new Set(['DENY']));
    const stances = await listItems().evaluateAll((items) =>
      items.map((i) => i.getAttribute('data-stance')),
    );
    expect(stances.length).toBeGreaterThanOrEqual(2);
    expect(new Set(stances)).toEqual(new Set(['DENY']));
    await page.screenshot({ path: `${ARTIFACTS}/explore-deny.png` });
    await page.getByRole('button', { name: 'All', exact: true }).click();
  });

  it('reaches the search box, the picker and the statement list with Tab', async () => {
    // From a blank page, so that the hash is a fresh load and not an in-page jump.
    await page.goto('about:blank');
    await page.goto(`${server.url}/explore#entity=${PASHINYAN}`);
    await listItems().first().waitFor();
    const reached = new Set<string>();
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          if (!a) return '';
          return a.id || (a.closest('#statements') ? 'statement' : a.tagName.toLowerCase());
        }),
      );
    }
    expect([...reached]).toEqual(expect.arrayContaining(['search', 'picker', 'statement']));
  });

  describe('the stance matrix and the timeline', () => {
    let speakers: string[];
    let targets: string[];
    let cells: Tally;
    /** The pair with the most statements, as the API counts them. */
    let fullest: { speaker: string; target: string; count: number };

    beforeAll(async () => {
      const { body: top } = await server.gql<{
        topSpeakers: { entity: { id: string } }[];
        topTargets: { entity: { id: string } }[];
      }>(
        `query($n: Int) {
          topSpeakers(first: $n) { entity { id } }
          topTargets(first: $n) { entity { id } } }`,
        { n: TOP },
      );
      expect(top.errors).toBeUndefined();
      speakers = top.data!.topSpeakers.map((x) => x.entity.id);
      targets = top.data!.topTargets.map((x) => x.entity.id);
      const { body } = await server.gql<{ stanceMatrix: StanceCount[] }>(
        `query($s: [String!], $t: [String!], $maxCells: Int) {
          stanceMatrix(speakers: $s, targets: $t, bucket: ALL, maxCells: $maxCells) {
            speaker { id } target { id } stance count } }`,
        { s: speakers, t: targets, maxCells: 10000 },
      );
      expect(body.errors).toBeUndefined();
      cells = tally(body.data!.stanceMatrix, (c) => `${c.speaker.id}|${c.target.id}`);
      const [key, count] = [...cells.total].sort((a, b) => b[1] - a[1])[0]!;
      const [speaker, target] = key.split('|') as [string, string];
      fullest = { speaker, target, count };
      expect(count).toBeGreaterThanOrEqual(2);
    });

    it('opens the matrix from the view tabs by keyboard, with the cells the API counts', async () => {
      await page.goto('about:blank');
      await page.goto(`${server.url}/explore`);
      await page.locator('#picker optgroup').first().waitFor({ state: 'attached' });
      await tabTo('#tab-graph');
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-matrix');
      await page.locator('#view-matrix:not([aria-busy]) table.matrix').waitFor();

      const heads = (scope: string) =>
        page
          .locator(`table.matrix th[scope="${scope}"] button.head`)
          .evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.entity));
      expect(await heads('row')).toEqual(speakers);
      expect(await heads('col')).toEqual(targets);
      const shown = await page.locator('table.matrix button.cell').evaluateAll((bs) =>
        bs.map((b) => {
          const { speaker, target, count, stance } = (b as HTMLElement).dataset;
          return { speaker, target, count, stance, label: b.getAttribute('aria-label') };
        }),
      );
      expect(shown).toHaveLength(speakers.length * targets.length);
      for (const cell of shown) {
        const key = `${cell.speaker}|${cell.target}`;
        expect({ key, count: Number(cell.count) }).toEqual({
          key,
          count: cells.total.get(key) ?? 0,
        });
        const stances = cells.byStance.get(key);
        if (!stances) continue;
        // The colour is a stance with the most statements of the cell (ties go either way).
        const most = Math.max(...stances.values());
        expect(stances.get(cell.stance!)).toBe(most);
        expect(cell.label).toMatch(
          new RegExp(`: ${cells.total.get(key)} statements?, mostly ${cell.stance}`),
        );
      }
    });

    it('moves to a cell with the arrow keys and lists its statements with Enter', async () => {
      await tabTo('table.matrix button');
      // The grid is one Tab stop, on its first cell.
      expect(await focused()).toMatchObject({ speaker: speakers[0], target: targets[0] });
      await press('ArrowDown', speakers.indexOf(fullest.speaker));
      await press('ArrowRight', targets.indexOf(fullest.target));
      expect(await focused()).toMatchObject({
        speaker: fullest.speaker,
        target: fullest.target,
        count: String(fullest.count),
      });
      await page.keyboard.press('Enter');
      await page.locator('#status').filter({ hasText: 'listed under Statements' }).waitFor();
      await settled();
      const listed = await listItems().evaluateAll((items) =>
        items.map((i) => i.getAttribute('data-speaker')),
      );
      expect(listed).toHaveLength(fullest.count);
      for (const speakersOf of listed) expect(speakersOf!.split(' ')).toContain(fullest.speaker);
      // Enter left the focus on the cell, now marked as the one listed.
      expect(await focused()).toMatchObject({ speaker: fullest.speaker, target: fullest.target });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe(
        'true',
      );
      await page.screenshot({ path: `${SCREENSHOTS}/explore-matrix.png` });
    });

    it("opens Azerbaijan's timeline from its row by keyboard, with the bars the API counts", async () => {
      expect(speakers).toContain(AZERBAIJAN);
      await page.keyboard.press('Home'); // the row's header
      const from = speakers.indexOf(fullest.speaker);
      const to = speakers.indexOf(AZERBAIJAN);
      await press(to > from ? 'ArrowDown' : 'ArrowUp', Math.abs(to - from));
      expect(await focused()).toMatchObject({ entity: AZERBAIJAN });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-timeline');
      await page.locator('#view-timeline:not([aria-busy]) svg.chart').waitFor();

      const { body } = await server.gql<{ timeline: TimelinePoint[] }>(
        `{ timeline(entity: "${AZERBAIJAN}", bucket: MONTH) { bucket direction stance count } }`,
      );
      expect(body.errors).toBeUndefined();
      const points = tally(body.data!.timeline, (p) => `${p.direction}|${p.bucket}`);
      expect(points.total.size).toBeGreaterThanOrEqual(2); // by it and about it
      const bars = await page.locator('#timeline g.bar').evaluateAll((gs) =>
        gs.map((g) => ({
          key: `${(g as SVGElement).dataset.direction}|${(g as SVGElement).dataset.bucket}`,
          count: Number((g as SVGElement).dataset.count),
          stances: Array.from(g.querySelectorAll('rect[data-stance]')).map((r) => [
            (r as SVGElement).dataset.stance,
            Number((r as SVGElement).dataset.count),
          ]),
          label: g.getAttribute('aria-label'),
        })),
      );
      const nonEmpty = bars.filter((b) => b.count > 0);
      expect(Object.fromEntries(nonEmpty.map((b) => [b.key, b.count]))).toEqual(
        Object.fromEntries(points.total),
      );
      for (const bar of nonEmpty) {
        expect(new Map(bar.stances as [string, number][])).toEqual(points.byStance.get(bar.key));
      }
      expect(nonEmpty.find((b) => b.key.startsWith('BY|'))!.label).toMatch(
        /^By Azerbaijan, \w+ \d{4}: \d+ statements? \(/,
      );
    });

    it('lists the statements of a timeline bar with Enter, and regroups the bars by week', async () => {
      await tabTo('#timeline g.bar');
      const bar = await focused();
      expect(bar.direction).toBe('BY');
      await page.keyboard.press('Enter');
      await page.locator('#status').filter({ hasText: 'listed under Statements' }).waitFor();
      await settled();
      const said = listItems().and(page.locator(`[data-speaker~="${AZERBAIJAN}"]`));
      expect(await listItems().count()).toBe(Number(bar.count));
      expect(await said.count()).toBe(Number(bar.count));
      await page.screenshot({ path: `${SCREENSHOTS}/explore-timeline.png` });
      // ArrowDown goes to the same bucket's bar of what was said about Azerbaijan.
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toMatchObject({ direction: 'ABOUT', bucket: bar.bucket });

      await page.getByLabel('Per', { exact: true }).selectOption('WEEK');
      await page.locator('#view-timeline:not([aria-busy]) svg.chart').waitFor();
      const { body } = await server.gql<{ timeline: TimelinePoint[] }>(
        `{ timeline(entity: "${AZERBAIJAN}", bucket: WEEK) { bucket direction stance count } }`,
      );
      const weeks = new Set(body.data!.timeline.map((p) => p.bucket));
      const drawn = await page
        .locator('#timeline g.bar:not([aria-disabled])')
        .evaluateAll((gs) => gs.map((g) => (g as SVGElement).dataset.bucket));
      expect(new Set(drawn)).toEqual(weeks);
      expect(await page.locator('#timeline-heading').textContent()).toContain('per week');
    });
  });

  it('raised no script errors and no CSP violations', () => {
    expect(consoleProblems).toEqual([]);
  });

  it('says plainly when the API fails, instead of showing a blank canvas', async () => {
    const broken = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await broken.route('**/graphql', (route) =>
      route.fulfill({ status: 500, contentType: 'text/plain', body: 'upstream down' }),
    );
    await broken.goto(`${server.url}/explore`);
    const alert = broken.getByRole('alert');
    await alert.filter({ hasText: 'failed' }).waitFor();
    expect(await alert.textContent()).toBe(
      'The graph API failed (HTTP 500). Nothing can be shown.',
    );
    expect(await broken.locator('#graph-empty').isVisible()).toBe(true);
    await broken.screenshot({ path: `${ARTIFACTS}/explore-failure.png` });
    await broken.close();
  });

  it('says so when a search finds nothing', async () => {
    await page.getByLabel('Search', { exact: true }).fill('zzyzx');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Nothing in the graph matches' }).waitFor();
  });
});
