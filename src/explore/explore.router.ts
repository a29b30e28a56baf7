import { Router } from 'express';
import { repoPath } from '../paths';
import { exploreSecurityHeaders } from './security-headers';
import { serveAsset } from './static-asset';

// The page files are not compiled, so they are found from the repository root both under ts-jest
// (src/) and when running from dist/src/.
const publicFile = (...parts: string[]) => repoPath('src', 'explore', 'public', ...parts);

const JS = 'text/javascript; charset=utf-8';

/**
 * The page's ES modules, in `public/js/`, each served at /explore/<name>.js so that their relative
 * imports (`./api.js`) resolve to URLs listed here. A module missing from this list fails to load.
 */
export const EXPLORE_MODULES: readonly string[] = [
  'main.js',
  'api.js',
  'buckets.js',
  'details-panel.js',
  'dom.js',
  'filters.js',
  'graph-style.js',
  'graph-view.js',
  'matrix-view.js',
  'messages.js',
  'navigation.js',
  'roving.js',
  'search.js',
  'state.js',
  'statement-list.js',
  'timeline-chart.js',
  'timeline-view.js',
  'views.js',
  'vocabulary.js',
];

/** Every URL the page is served from, and the file behind it. */
export const EXPLORE_ASSETS: readonly { path: string; file: string; contentType: string }[] = [
  { path: '/explore', file: publicFile('index.html'), contentType: 'text/html; charset=utf-8' },
  ...EXPLORE_MODULES.map((name) => ({
    path: `/explore/${name}`,
    file: publicFile('js', name),
    contentType: JS,
  })),
  {
    path: '/explore/explore.css',
    file: publicFile('explore.css'),
    contentType: 'text/css; charset=utf-8',
  },
  { path: '/explore/favicon.svg', file: publicFile('favicon.svg'), contentType: 'image/svg+xml' },
  {
    path: '/explore/vendor/cytoscape.min.js',
    file: require.resolve('cytoscape/dist/cytoscape.min.js'),
    contentType: JS,
  },
];

/**
 * The graph explorer page at /explore (issue 8): a fixed list of files, never a directory, so no
 * request can reach a file that is not named here. Cytoscape comes from node_modules, so the page
 * works offline and its version is the one package-lock.json pins.
 */
export function exploreRouter(): Router {
  const router = Router();
  router.use('/explore', exploreSecurityHeaders);
  for (const { path, file, contentType } of EXPLORE_ASSETS)
    router.get(path, serveAsset({ file, contentType }));
  router.use('/explore', (_req, res) => {
    res.status(404).type('text/plain').send('Not found\n');
  });
  return router;
}
