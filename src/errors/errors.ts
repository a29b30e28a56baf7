import { GraphQLError } from 'graphql';

/**
 * The catalogue of errors a client can see, each with a stable `extensions.code`. Anything else
 * thrown in a resolver is masked as INTERNAL_SERVER_ERROR by the server's error formatter.
 */

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export const EXPOSED_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SERVICE_UNAVAILABLE',
]);

abstract class CodedError extends GraphQLError {
  abstract readonly code: ErrorCode;
}

function coded(code: ErrorCode, http: number) {
  return class extends CodedError {
    readonly code = code;
    constructor(message: string, details: Record<string, unknown> = {}) {
      super(message, { extensions: { code, http: { status: http }, ...details } });
    }
  };
}

export class BadUserInputError extends coded('BAD_USER_INPUT', 200) {}
export class NotFoundError extends coded('NOT_FOUND', 200) {}
export class UnauthenticatedError extends coded('UNAUTHENTICATED', 401) {}
export class ForbiddenError extends coded('FORBIDDEN', 403) {}
export class ServiceUnavailableError extends coded('SERVICE_UNAVAILABLE', 503) {}
