import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoPath } from '../../src/paths';
import { EXPLORE_MODULES } from '../../src/explore/explore.router';
import { EXPLORE_CSP } from '../../src/explore/security-headers';
import { openTestGraph, type TestGraph } from '../helpers/graph';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * The explorer page in a real headless Chromium, against the real server over the seeded Neo4j:
 * finding an entity, reading a statement in its article, filtering, and the failure state.
 * Screenshots at 1366×768 go to test/artifacts/ for a person to look at.
 */
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = repoPath('test', 'artifacts');
const PASHINYAN = 'nikol-pashinyan';

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
