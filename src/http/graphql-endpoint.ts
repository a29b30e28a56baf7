import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import bodyParser from 'body-parser';
import cors, { type CorsOptions } from 'cors';
import type { Logger } from '../logging/logger';
import { httpErrorAnswer, type HttpLayerError } from './http-errors';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
type Next = (error?: unknown) => void;

/** True for the paths Express's `app.use('/graphql', …)` would give the endpoint. */
export function isGraphQLPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?', 1)[0]!.toLowerCase();
  return path === '/graphql' || path.startsWith('/graphql/');
}

/**
 * POST and GET /graphql on Node's own request and response, without Express: the same steps as
 * Express with `@as-integrations/express5` (CORS, body-parser's JSON parser with its size limit,
 * then Apollo's `executeHTTPGraphQLRequest`), minus the router, the request and response
 * decorations and the middleware chain. Express stays for everything else (health, explorer).
 * With the same schema and plugins it served the benchmark's entity lookup a fifth to a quarter
 * faster (bench/README.md).
 */
export function graphqlEndpoint<C extends BaseContext>(args: {
  apollo: ApolloServer<C>;
  corsOptions: CorsOptions;
  maxBodyBytes: number;
  context: (req: IncomingMessage) => Promise<C>;
  logger: Logger;
}): Handler {
  const { apollo, logger } = args;
  apollo.assertStarted('graphqlEndpoint()');
  const allowOrigins = cors(args.corsOptions) as (req: unknown, res: unknown, next: Next) => void;
  const parseJson = bodyParser.json({ limit: args.maxBodyBytes }) as (
    req: unknown,
    res: unknown,
    next: Next,
  ) => void;

  const fail = (res: ServerResponse, error: unknown) => {
    const answer = httpErrorAnswer(error as HttpLayerError, logger);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.statusCode = answer.status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(answer.body));
  };

  const execute = async (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: query === -1 ? '' : url.slice(query),
        body: req.body,
      },
      context: () => args.context(req),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      res.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req, res) => {
    allowOrigins(req, res, (corsError) => {
      if (corsError) return fail(res, corsError);
      parseJson(req, res, (parseError) => {
        if (parseError) return fail(res, parseError);
        execute(req, res).catch((error: unknown) => fail(res, error));
      });
    });
  };
}
