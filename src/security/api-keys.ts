import { createHash, timingSafeEqual } from 'node:crypto';

/** Who a request is: no key, a key we know, or a key we do not know. */
export type Principal = { kind: 'anonymous' } | { kind: 'key' } | { kind: 'invalid-key' };

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Who a request is, from its `Authorization: Bearer <key>` header. Keys are compared as SHA-256
 * digests with `timingSafeEqual`, against every configured key without stopping early, so the
 * time taken says nothing about how close a guess was.
 */
export function principalFrom(header: string | undefined, keys: readonly string[]): Principal {
  if (!header) return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return { kind: 'invalid-key' };
  const given = digest(match[1]!);
  let ok = false;
  for (const key of keys) ok = timingSafeEqual(given, digest(key)) || ok;
  return ok ? { kind: 'key' } : { kind: 'invalid-key' };
}
