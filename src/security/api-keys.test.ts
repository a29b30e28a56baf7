import { timingSafeEqual } from 'node:crypto';
import { principalFrom } from './api-keys';

// The real comparison, watched, to see how many comparisons a check makes.
jest.mock('node:crypto', () => {
  const actual = jest.requireActual<typeof import('node:crypto')>('node:crypto');
  return { ...actual, timingSafeEqual: jest.fn(actual.timingSafeEqual) };
});
const compare = timingSafeEqual as jest.MockedFunction<typeof timingSafeEqual>;

const KEYS = [
  'first-key-0123456789abcdef',
  'second-key-0123456789abcdef',
  'third-0123456789abcdef',
];

describe('principalFrom', () => {
  it('is anonymous without an Authorization header', () => {
    expect(principalFrom(undefined, KEYS)).toEqual({ kind: 'anonymous' });
    expect(principalFrom('', KEYS)).toEqual({ kind: 'anonymous' });
  });

  it.each(KEYS)('accepts each configured key, here %s', (key) => {
    expect(principalFrom(`Bearer ${key}`, KEYS)).toEqual({ kind: 'key' });
  });

  it('accepts the scheme in any case and trailing spaces', () => {
    expect(principalFrom(`bearer ${KEYS[0]}`, KEYS)).toEqual({ kind: 'key' });
    expect(principalFrom(`BEARER   ${KEYS[0]}  `, KEYS)).toEqual({ kind: 'key' });
  });

  it.each([
    ['a wrong key', 'Bearer not-a-key-0123456789abcdef'],
    ['a prefix of a key', `Bearer ${KEYS[0]!.slice(0, -1)}`],
    ['a key with a character more', `Bearer ${KEYS[0]}x`],
    ['a key in another case', `Bearer ${KEYS[0]!.toUpperCase()}`],
    ['two keys', `Bearer ${KEYS[0]} ${KEYS[1]}`],
    ['another scheme', `Basic ${KEYS[0]}`],
    ['no key after the scheme', 'Bearer'],
    ['the key without a scheme', KEYS[0]!],
  ])('refuses %s', (_what, header) => {
    expect(principalFrom(header, KEYS)).toEqual({ kind: 'invalid-key' });
  });

  it('refuses every key when none is configured', () => {
    expect(principalFrom(`Bearer ${KEYS[0]}`, [])).toEqual({ kind: 'invalid-key' });
  });

  describe('in constant time', () => {
    beforeEach(() => compare.mockClear());

    it.each([
      ['the first key', `Bearer ${KEYS[0]}`],
      ['the last key', `Bearer ${KEYS[2]}`],
      ['no key', 'Bearer wrong-key-0123456789abcdef'],
      ['a short guess', 'Bearer x'],
    ])('compares with every key, equal-length digests, whether it matches %s', (_what, header) => {
      principalFrom(header, KEYS);
      expect(compare).toHaveBeenCalledTimes(KEYS.length);
      for (const [a, b] of compare.mock.calls) {
        expect(a.byteLength).toBe(32);
        expect(b.byteLength).toBe(32);
      }
    });
  });
});
