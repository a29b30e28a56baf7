/** Where start-up stands; /health/ready answers 200 only in `ready`. */
export type Readiness =
  | { state: 'starting'; detail: string }
  | { state: 'ready' }
  | { state: 'degraded'; detail: string };

export class ReadinessState {
  current: Readiness = { state: 'starting', detail: 'connecting to Neo4j' };

  set(next: Readiness): void {
    this.current = next;
  }
}
