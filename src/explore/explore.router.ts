import { Router } from 'express';
import { repoPath } from '../paths';
import { exploreSecurityHeaders } from './security-headers';
import { serveAsset } from './static-asset';

// The page files are not compiled, so they are found from the repository root both under ts-jest
// (src/) and when running from dist/src/.
const publicFile = (name: string) => repoPath('src', 'explore', 'public', name);

/**
 * The graph explorer page at /explore (issue 8): a fixed list of files, never a directory, so no
 * request can reach a file that is not named here. Cytoscape comes from node_modules, so the page
 * works offline and its version is the one package-lock.json pins.
 */
export function exploreRouter(): Router {
  const router = Router();
  router.use('/explore', exploreSecurityHeaders);
  router.get(
    '/explore',
    serveAsset({ file: publicFile('index.html'), contentType: 'text/html; charset=utf-8' }),
  );
  router.get(
    '/explore/explore.js',
    serveAsset({ file: publicFile('explore.js'), contentType: 'text/javascript; charset=utf-8' }),
  );
  router.get(
    '/explore/explore.css',
    serveAsset({ file: publicFile('explore.css'), contentType: 'text/css; charset=utf-8' }),
  );
  router.get(
    '/explore/favicon.svg',
    serveAsset({ file: publicFile('favicon.svg'), contentType: 'image/svg+xml' }),
  );
  router.get(
    '/explore/vendor/cytoscape.min.js',
    serveAsset({
      file: require.resolve('cytoscape/dist/cytoscape.min.js'),
      contentType: 'text/javascript; charset=utf-8',
    }),
  );
  router.use('/explore', (_req, res) => {
    res.status(404).type('text/plain').send('Not found\n');
  });
  return router;
}
