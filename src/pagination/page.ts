import { BadUserInputError } from '../errors/errors';

export const DEFAULT_PAGE_SIZE = 20;

/** Checks `first` against the configured cap; the repository asks for one row more to see if there is a next page. */
export function pageSize(first: number | null | undefined, max: number): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0) {
    throw new BadUserInputError(`"first" must be between 0 and ${max}; got ${size}`, {
      argument: 'first',
    });
  }
  if (size > max) {
    throw new BadUserInputError(`"first" must be at most ${max}; got ${size}`, {
      argument: 'first',
      max,
    });
  }
  return size;
}
