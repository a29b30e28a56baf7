import { fieldsOn, type Selection } from '../selection';
import { keyed, named } from './keyed';
import type { Planners, SourceField, SourcePlan, StatementField, StatementPlan } from './plan';

const FIGURES = ['killed', 'injured', 'civilians', 'forces'] as const;
const EVIDENCE = ['sentence', 'sentenceIndex', 'start', 'end'] as const;

/** What a selection asks of statements, asked directly or as nodes of a path. */
export function planStatement(selection: Selection, p: Planners): StatementPlan {
  return {
    fields: fieldsOn(selection, 'Statement', ['PathNode']).map((field) => ({
      key: field.alias,
      field: statementField(field, p),
    })),
  };
}

function statementField(field: Selection, p: Planners): StatementField {
  switch (field.name) {
    case 'id':
    case 'text':
    case 'isQuote':
    case 'stance':
    case 'cameo':
    case 'cue':
    case 'speakerMention':
    case 'date':
    case 'confidence':
    case 'needsReview':
      return { of: 'property', name: field.name };
    case 'speaker':
    case 'onBehalfOf':
    case 'medium':
      return { of: 'entity', link: field.name, entity: p.entity(field, null) };
    case 'speakers':
    case 'about':
      return { of: 'entities', link: field.name, entity: p.entity(field, null) };
    case 'targets':
      return {
        of: 'targets',
        fields: keyed(field, 'StatementTarget', (f) =>
          f.name === 'role' ? { of: 'role' } : { of: 'entity', entity: p.entity(f, null) },
        ),
      };
    case 'figures':
      return {
        of: 'figures',
        fields: keyed(field, 'Figures', named('Figures', FIGURES)),
      };
    case 'evidence':
      return {
        of: 'evidence',
        fields: keyed(field, 'Evidence', named('Evidence', EVIDENCE)),
      };
    case 'source':
      return { of: 'source', source: p.source(field) };
    case 'disputes':
      return { of: 'disputes', direction: 'OUT', statement: p.statement(field) };
    case 'disputedBy':
      return { of: 'disputes', direction: 'IN', statement: p.statement(field) };
    case 'disagreements':
      return {
        of: 'disagreements',
        fields: keyed(field, 'DisputeLink', (f) =>
          f.name === 'statement'
            ? { of: 'statement', statement: p.statement(f) }
            : { of: named('DisputeLink', ['kind', 'direction'] as const)(f) },
        ),
      };
  }
  throw new Error(`the read layer has no plan for Statement.${field.name}`);
}

/** What a selection asks of the sources of statements, or of sources asked directly. */
export function planSource(selection: Selection, p: Planners): SourcePlan {
  return { fields: keyed(selection, 'Source', (field) => sourceField(field, p)) };
}

function sourceField(field: Selection, p: Planners): SourceField {
  switch (field.name) {
    case 'id':
    case 'title':
    case 'url':
    case 'outlet':
    case 'publishedAt':
    case 'text':
      return { of: 'property', name: field.name };
    case 'sentences':
      return { of: 'sentences' };
    case 'statements':
      return { of: 'statements', page: p.statementPage(field) };
  }
  throw new Error(`the read layer has no plan for Source.${field.name}`);
}
