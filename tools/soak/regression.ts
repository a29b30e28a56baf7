/** Least-squares line through points: the slope and how well the line explains them (r²). */
export function linearRegression(points: readonly { x: number; y: number }[]): {
  slope: number;
  intercept: number;
  r2: number;
} {
  const n = points.length;
  if (n < 2) return { slope: 0, intercept: points[0]?.y ?? 0, r2: 0 };
  const mean = (f: (p: { x: number; y: number }) => number) =>
    points.reduce((sum, p) => sum + f(p), 0) / n;
  const mx = mean((p) => p.x);
  const my = mean((p) => p.y);
  const sxy = points.reduce((sum, p) => sum + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((sum, p) => sum + (p.x - mx) ** 2, 0);
  const syy = points.reduce((sum, p) => sum + (p.y - my) ** 2, 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return {
    slope,
    intercept: my - slope * mx,
    r2: sxx === 0 || syy === 0 ? 0 : (sxy * sxy) / (sxx * syy),
  };
}
