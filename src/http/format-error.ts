import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logging/logger';
import { EXPOSED_CODES, ServiceUnavailableError } from '../errors/errors';
import { translateError } from '../db/executor';
import { withoutSuggestions } from '../security/suggestions';

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
 * INTERNAL_SERVER_ERROR after logging it, so no stack trace or driver message leaks. With
 * `hideSuggestions` (introspection off), graphql-js's "Did you mean …" hints are removed too.
 */
export function formatError(logger: Logger, options: { hideSuggestions?: boolean } = {}) {
  const shown = options.hideSuggestions ? withoutSuggestions : (message: string) => message;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    if (EXPOSED_CODES.has(code) || REQUEST_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: shown(formatted.message), extensions };
    }
    const original = unwrapResolverError(error);
    if (isUncodedRequestError(original)) {
      return { message: shown(formatted.message), extensions: { code: 'BAD_REQUEST' } };
    }
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

/**
 * Apollo answers a few malformed requests (a persisted query whose hash does not match its text)
 * with a GraphQLError that has an HTTP status of 4xx but no code. They are the client's mistake,
 * said in Apollo's words, so they are shown as BAD_REQUEST rather than masked.
 */
function isUncodedRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError) return false;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  return (
    error.extensions.code === undefined && status !== undefined && status >= 400 && status < 500
  );
}
