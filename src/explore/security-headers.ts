import type { NextFunction, Request, Response } from 'express';

/**
 * The page runs only our own script and stylesheet and talks only to this origin's /graphql, so
 * everything else is refused. No 'unsafe-inline' anywhere: the page builds its DOM with text nodes
 * and sets colours through the CSSOM, which CSP allows, never through style attributes or markup.
 */
export const EXPLORE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function exploreSecurityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('content-security-policy', EXPLORE_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'DENY');
  next();
}
