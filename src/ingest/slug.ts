import { createHash } from 'node:crypto';
import { nameKey } from '../text/normalize';

/** An id slug from a name: ascii-folded, lower-case letters and digits joined by dashes. */
export function slugify(name: string, maxLength = 80): string {
  const slug = nameKey(name)
    .replace(/['’]s\b/g, 's')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** A short stable hash of a text, for ids of things that have no name. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
