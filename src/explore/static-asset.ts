import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

/** One file the explorer serves, with the content type it must be sent with. */
export interface StaticAsset {
  file: string;
  contentType: string;
}

interface Loaded {
  raw: Buffer;
  gzip: Buffer;
  etag: string;
}

/**
 * Serves one known file from memory. The file is read and gzipped on its first request rather than
 * at start-up, so a missing file (an image built without the page) fails that request alone and
 * never the GraphQL service. There is no compression middleware in this service, and cytoscape is
 * about 430 kB raw but a third of that gzipped, so the gzip copy is made here once.
 *
 * Every response revalidates (`no-cache` plus a weak ETag, since the two encodings share it): the
 * URLs carry no version, and a 304 costs little next to serving a stale page after a deploy.
 */
export function serveAsset(asset: StaticAsset): (req: Request, res: Response) => void {
  let loaded: Loaded | undefined;
  return (req, res) => {
    loaded ??= load(asset.file);
    res.setHeader('content-type', asset.contentType);
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('etag', loaded.etag);
    res.setHeader('vary', 'accept-encoding');
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    const gzip = req.acceptsEncodings('gzip', 'identity') === 'gzip';
    const body = gzip ? loaded.gzip : loaded.raw;
    if (gzip) res.setHeader('content-encoding', 'gzip');
    res.setHeader('content-length', body.length);
    res.end(body);
  };
}

function load(file: string): Loaded {
  const raw = readFileSync(file);
  const hash = createHash('sha256').update(raw).digest('base64url').slice(0, 22);
  return { raw, gzip: gzipSync(raw, { level: 9 }), etag: `W/"${hash}"` };
}
