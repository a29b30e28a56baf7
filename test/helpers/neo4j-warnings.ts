import { Session, Transaction, type Result } from 'neo4j-driver';

/** A notification Neo4j sent with a query's answer, and the query that drew it. */
export interface Neo4jWarning {
  title: string;
  query: string;
}

// Notifications about the database's state, not about the query: on a fresh database the seed
// article uses only some of the relation types, labels and properties a query may name, and the
// migrations' `CREATE … IF NOT EXISTS` are told when the index or constraint is there already.
const ABOUT_THE_DATA = new Set([
  ...['UnknownRelationshipTypeWarning', 'UnknownLabelWarning', 'UnknownPropertyKeyWarning'].map(
    (name) => `Neo.ClientNotification.Statement.${name}`,
  ),
  'Neo.ClientNotification.Schema.IndexOrConstraintAlreadyExists',
]);

type Runner = (...args: unknown[]) => Result;

/**
 * Watches every query this process sends through the driver, auto-commit or in a transaction, read
 * or write, and collects what Neo4j warned about (a cartesian product, a shadowed variable, a
 * deprecation…). The test server runs in the test's process, so its queries are watched too. The
 * list fills as answers arrive; read it after the work has finished. Undone by
 * `jest.restoreAllMocks()`.
 */
export function watchNeo4jWarnings(): Neo4jWarning[] {
  const warnings: Neo4jWarning[] = [];
  for (const proto of [Session.prototype, Transaction.prototype] as { run: Runner }[]) {
    const run = proto.run;
    jest.spyOn(proto, 'run').mockImplementation(function (this: unknown, ...args) {
      const result = run.apply(this, args);
      const query = String(args[0]);
      void result.summary().then(
        (summary) =>
          summary.notifications
            .filter((n) => !ABOUT_THE_DATA.has(n.code))
            .forEach((n) => warnings.push({ title: n.title, query })),
        () => undefined, // a failed query is the caller's to report
      );
      return result;
    });
  }
  return warnings;
}
