/** The closed vocabularies of statements besides their stance (stance.ts). */

export enum DisputeKind {
  DENIAL = 'DENIAL',
  COMPETING_FIGURES = 'COMPETING_FIGURES',
  CONTRADICTION = 'CONTRADICTION',
}

/** GraphQL `TARGET` / `MENTIONED`; stored and written in seed files as `target` / `mentioned`. */
export enum AboutRole {
  TARGET = 'target',
  MENTIONED = 'mentioned',
}
