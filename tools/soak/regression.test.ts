import { linearRegression } from './regression';

describe('linearRegression', () => {
  it('finds the slope of points on a line', () => {
    const points = [0, 1, 2, 3, 4].map((x) => ({ x, y: 3 + 2 * x }));
    expect(linearRegression(points)).toEqual({ slope: 2, intercept: 3, r2: 1 });
  });

  it('finds no trend in points that only go up and down', () => {
    const points = Array.from({ length: 60 }, (_, x) => ({ x, y: 100 + (x % 2 ? 5 : -5) }));
    const { slope, r2 } = linearRegression(points);
    expect(Math.abs(slope)).toBeLessThan(0.2);
    expect(r2).toBeLessThan(0.01);
  });

  it('is flat for fewer than two points or a constant series', () => {
    expect(linearRegression([])).toEqual({ slope: 0, intercept: 0, r2: 0 });
    expect(linearRegression([{ x: 1, y: 7 }]).slope).toBe(0);
    expect(linearRegression([0, 1, 2].map((x) => ({ x, y: 4 }))).slope).toBe(0);
  });
});
