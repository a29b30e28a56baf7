import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../http/context';
import { ForbiddenError, UnauthenticatedError } from '../errors/errors';

/**
 * Guards `@Authorized()` fields (the mutations): no key is UNAUTHENTICATED, a key we do not know is
 * FORBIDDEN, and so is every write when the service has no keys configured at all.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }) => {
  if (context.config.security.apiKeys.length === 0) {
    throw new ForbiddenError('writes are disabled: the service has no API_KEYS configured');
  }
  switch (context.principal.kind) {
    case 'key':
      return true;
    case 'anonymous':
      throw new UnauthenticatedError(
        'this operation needs an API key: send "Authorization: Bearer <key>"',
      );
    case 'invalid-key':
      throw new ForbiddenError('the API key is not valid');
  }
};
