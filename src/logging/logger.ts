import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'knowledge-graph'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['req.headers.authorization', '*.password', 'password'],
      censor: '[redacted]',
    },
  });
}
