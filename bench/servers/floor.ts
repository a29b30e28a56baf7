import http from 'node:http';
import { loadConfig } from '../../src/config/config';
import { createDriver } from '../../src/db/driver';
import { askFloor } from '../floor/ask';
import { FLOOR_QUERIES, type FloorQuery } from '../floor/queries';
import { announce, exitWithParent, instrument } from './instrument';

instrument();
exitWithParent();

/**
 * The floor: a bare Node HTTP server that runs one hand-written Cypher query per request with the
 * raw driver (one round trip, an auto-commit read) and returns the records as JSON.
 * `POST /<question>` with the parameters as the JSON body.
 */
function main(): void {
  const config = loadConfig();
  const driver = createDriver({ ...config.neo4j, uri: config.neo4j.uri! });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const name = (req.url ?? '').slice(1) as FloorQuery;
      const cypher = FLOOR_QUERIES[name];
      if (!cypher) {
        res.writeHead(404).end();
        return;
      }
      const params = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as object;
      askFloor(driver, config.neo4j.database, cypher, params).then(
        (records) => {
          const body = JSON.stringify({ data: records });
          res.writeHead(200, { 'content-type': 'application/json' }).end(body);
        },
        (error: Error) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: error.message }));
        },
      );
    });
  });
  server.listen(config.port, '127.0.0.1', () => announce(config.port));
}

main();
