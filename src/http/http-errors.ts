import type { Logger } from '../logging/logger';

/** What body-parser and Express hand to an error handler. */
export interface HttpLayerError {
  type?: string;
  status?: number;
  message?: string;
}

export interface HttpErrorAnswer {
  status: number;
  body: { errors: { message: string; extensions: { code: string } }[] };
}

/**
 * Turns body-parser failures (too large, bad JSON, an unsupported charset) into JSON errors with
 * codes. Anything else that reaches the HTTP layer is logged and answered as a bare 500: Express's
 * own handler would answer HTML with the stack trace outside production.
 */
export function httpErrorAnswer(error: HttpLayerError, logger: Logger): HttpErrorAnswer {
  if (error.status && error.status >= 400 && error.status < 500) {
    const code = error.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    return {
      status: error.status,
      body: { errors: [{ message: error.message ?? 'bad request', extensions: { code } }] },
    };
  }
  logger.error({ err: error }, 'unexpected error in the HTTP layer');
  return {
    status: 500,
    body: {
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    },
  };
}
