import type { Token } from '../tokens';
import type { Mention } from '../entities/mention';

const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'to',
  'from',
  'into',
  'outside',
  'around',
  'over',
  'across',
  'towards',
  'toward',
  'inside',
  'of',
  'on',
]);

/**
 * What a capital's mention stands for: the state when it acts or is acted upon ("Baku said",
 * "accused Baku", "support for Baku"), the city when it is a place ("in Baku", "Baku, the
 * capital", "the capital, Baku").
 */
export function resolveMention(tokens: readonly Token[], m: Mention): string {
  if (m.role !== 'capital' || !m.countryOf) return m.id;
  const before = tokens[m.first - 1]?.key ?? '';
  const after = tokens
    .slice(m.last, m.last + 3)
    .map((t) => t.key)
    .join(' ');
  const beforeTwo = tokens
    .slice(Math.max(0, m.first - 2), m.first)
    .map((t) => t.key)
    .join(' ');
  if (
    LOCATIVE.has(before) ||
    after.startsWith(', the capital') ||
    after.startsWith(', capital') ||
    /capital ,?$/.test(beforeTwo)
  )
    return m.id;
  return m.countryOf;
}
