/** A value known now, or one still on its way. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * Applies `f` at once to a value known now, and when it arrives to one on its way. Resolvers
 * return what the request already fetched (relations found with a lookup, pages fetched ahead) as
 * it is: graphql-js completes a plain value in place, where a promise costs it a wrapper and a turn
 * of the microtask queue for every field of every item.
 */
export function thenMaybe<T, U>(value: MaybePromise<T>, f: (value: T) => U): MaybePromise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}
