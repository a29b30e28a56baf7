import { withoutSuggestions } from './suggestions';

describe('withoutSuggestions', () => {
  it.each([
    [
      'Cannot query field "nme" on type "Entity". Did you mean "name"?',
      'Cannot query field "nme" on type "Entity".',
    ],
    [
      'Cannot query field "nam" on type "Entity". Did you mean "name" or "kind"?',
      'Cannot query field "nam" on type "Entity".',
    ],
    [
      'Cannot query field "office" on type "Entity". Did you mean to use an inline fragment on "Leader"?',
      'Cannot query field "office" on type "Entity".',
    ],
    [
      'Variable "$s" got invalid value "DENYY" at "s[0]"; Value "DENYY" does not exist in "Stance" enum. Did you mean the enum value "DENY"?',
      'Variable "$s" got invalid value "DENYY" at "s[0]"; Value "DENYY" does not exist in "Stance" enum.',
    ],
    [
      'Unknown argument "fist" on field "Query.statements". Did you mean "first"?',
      'Unknown argument "fist" on field "Query.statements".',
    ],
  ])('removes the hint from %j', (message, expected) => {
    expect(withoutSuggestions(message)).toBe(expected);
  });

  it('leaves a message without a hint alone', () => {
    const message = 'Query depth limit of 10 exceeded, found 20.';
    expect(withoutSuggestions(message)).toBe(message);
  });
});
