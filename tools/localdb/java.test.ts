import { parseJavaMajor } from './java';

describe('parseJavaMajor', () => {
  it('reads both version schemes of `java -version`', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('nothing useful')).toBeUndefined();
  });
});
