import { Router } from 'express';

/** The graph explorer page at /explore (see issue 8); mounted here so the app has one place for routes. */
export function exploreRouter(): Router {
  return Router();
}
