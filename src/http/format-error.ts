import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logging/logger';
import { EXPOSED_CODES } from '../errors/errors';
import { translateError } from '../db/executor';
import { ServiceUnavailableError } from '../errors/errors';

// Codes Apollo and graphql-js give to requests that are malformed; safe to show as they are.
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Shows clients our coded errors and request errors as they are, and masks everything else as
 * INTERNAL_SERVER_ERROR after logging it, so no stack trace or driver message leaks.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    if (EXPOSED_CODES.has(code) || REQUEST_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    const translated = translateError(original);
    if (translated instanceof ServiceUnavailableError) {
      return {
        message: translated.message,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a request');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
