import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Executor } from '../db/executor';
import type { Logger } from '../logging/logger';
import { EXPORT_KINDS, EXPORTS, runExport, type ExportKind } from './exports';
import { parseExportRequest, type ExportRequest, type RawParams } from './filters';
import { OutputClosedError } from './stream';

export interface ExportRouterDeps {
  executor: Executor;
  logger: Logger;
  /**
   * Lets a request read, or throws UNAUTHENTICATED or FORBIDDEN: the check /graphql makes of its
   * requests (READS_REQUIRE_KEY), given by the app so that both make the same one.
   */
  authorize: (authorization: string | undefined) => void;
}

/** The HTTP status of each error code a client may see; GraphQL answers BAD_USER_INPUT with 200. */
const STATUS: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * GET /export/statements.csv, /export/dyads.csv and /export/graph.graphml (exports.ts). The body
 * is written as it is read, so the status line and headers go out with the first rows: a failure
 * before them is answered as JSON errors like /graphql's, with their codes; one after them
 * destroys the connection, so that the client sees a broken download rather than a short file
 * that looks complete. A client that goes away stops the export.
 */
export function exportRouter(deps: ExportRouterDeps): Router {
  const router = Router();
  for (const kind of EXPORT_KINDS) {
    router.get(`/export/${EXPORTS[kind].file}`, (req, res) => {
      void serve(kind, req, res, deps);
    });
  }
  return router;
}

async function serve(kind: ExportKind, req: Request, res: Response, deps: ExportRouterDeps) {
  const { logger } = deps;
  const spec = EXPORTS[kind];
  let request: ExportRequest;
  try {
    deps.authorize(req.headers.authorization);
    request = parseExportRequest(queryParams(req.originalUrl), spec.params);
  } catch (error) {
    if (!(error instanceof GraphQLError)) logger.error({ err: error }, 'export refused');
    answerError(res, error);
    return;
  }
  res.status(200);
  res.setHeader('content-type', spec.contentType);
  res.setHeader('content-disposition', `attachment; filename="${spec.file}"`);
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const started = Date.now();
  try {
    const { rows } = await runExport(kind, { executor: deps.executor, request, out: res });
    logger.info({ export: kind, rows, ms: Date.now() - started }, 'export written');
  } catch (error) {
    if (error instanceof OutputClosedError) {
      logger.info({ export: kind, ms: Date.now() - started }, 'export stopped: the client left');
      return;
    }
    // Before the first rows, the client can be told why; after them, only that it broke.
    logger.error({ err: error, export: kind, midStream: res.headersSent }, 'export failed');
    if (res.headersSent) res.destroy();
    else {
      res.removeHeader('content-disposition');
      answerError(res, error);
    }
  }
}

/** Every query parameter with all its values (`stance=A&stance=B`), in a map safe from `__proto__`. */
function queryParams(url: string): RawParams {
  const values = new Map<string, string[]>();
  for (const [name, value] of new URL(url, 'http://localhost').searchParams) {
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return Object.fromEntries(values);
}

/** An error as /graphql shows one: coded errors with their message, anything else masked. */
function answerError(res: Response, error: unknown): void {
  const code = error instanceof GraphQLError ? String(error.extensions.code ?? '') : '';
  const status = STATUS[code];
  let body;
  if (error instanceof GraphQLError && status !== undefined) {
    const { argument } = error.extensions;
    const extensions = argument === undefined ? { code } : { code, argument };
    body = { errors: [{ message: error.message, extensions }] };
  } else {
    body = {
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    };
  }
  res.status(status ?? 500).json(body);
}
