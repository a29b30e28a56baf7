// Constraints and indexes of the knowledge graph, applied at start-up by src/db/migrations.ts.
// Every statement is idempotent (IF NOT EXISTS), so running them again changes nothing.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT entity_name_key IF NOT EXISTS FOR (n:EntityName) REQUIRE n.key IS UNIQUE;

// Keyset pagination orders entities by name and statements by (date, id).
CREATE INDEX entity_sort IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.sortName, e.id);
CREATE INDEX entity_sort_name IF NOT EXISTS FOR (e:Entity) ON (e.sortName);
CREATE INDEX statement_sort IF NOT EXISTS FOR (s:Statement) ON (s.at, s.id);
CREATE INDEX statement_stance IF NOT EXISTS FOR (s:Statement) ON (s.stance);
CREATE INDEX statement_source IF NOT EXISTS FOR (s:Statement) ON (s.sourceId);
CREATE INDEX source_published IF NOT EXISTS FOR (s:Source) ON (s.publishedAt);

// Full-text search over names, aliases and statement text; ASCII folding makes "Cavusoglu" find
// "Çavuşoğlu" and the other way round.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText, e.description]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (s:Statement) ON EACH [s.text, s.sentenceText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };

// Stance tallies (src/tallies/): statements per speaker, target, stance and month, kept by the
// writers; stanceMatrix reads them by pair and month, or by target or month alone.
CREATE CONSTRAINT stance_tally_key IF NOT EXISTS FOR (c:StanceTally) REQUIRE c.key IS UNIQUE;
CREATE INDEX stance_tally_pair IF NOT EXISTS FOR (c:StanceTally) ON (c.speaker, c.target, c.month);
CREATE INDEX stance_tally_target IF NOT EXISTS FOR (c:StanceTally) ON (c.target, c.month);
CREATE INDEX stance_tally_month IF NOT EXISTS FOR (c:StanceTally) ON (c.month);
