import { BadUserInputError } from '../errors/errors';

/**
 * Opaque keyset cursors: the sort key of the last row seen, not an offset, so a page stays correct
 * when rows are added or removed between requests.
 */
export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number | null)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((k) => ['string', 'number'].includes(typeof k) || k === null)
    ) {
      return key as (string | number | null)[];
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError(
    `"after" is not a cursor returned by this API: ${JSON.stringify(cursor.slice(0, 80))}`,
    {
      argument: 'after',
    },
  );
}
