import type { Token } from './tokens';
import { numberValue } from './lexicon/numbers';

/**
 * Casualty counts in a claim. Each number is read with the noun after it (who: civilians, forces,
 * people) and with what happened to them, taken from the noun itself ("deaths", "injuries"), from
 * a verb just before it ("killing 13") or else from the next outcome word in the clause ("34
 * civilians and 633 forces had been killed"). Counts of the same kind are added up.
 */
export interface Figures {
  killed?: number;
  injured?: number;
  civilians?: number;
  forces?: number;
}

type Outcome = 'killed' | 'injured';
type Group = 'civilians' | 'forces' | 'people';

const KILLED = new Set([
  'killed',
  'kill',
  'killing',
  'dead',
  'deaths',
  'death',
  'died',
  'fatalities',
  'lives',
  'perished',
]);
const INJURED = new Set(['wounded', 'injured', 'injuries', 'wounding', 'injuring', 'hurt']);
const CIVILIANS = new Set(['civilians', 'civilian', 'children', 'women', 'residents', 'villagers']);
const FORCES = new Set([
  'forces',
  'soldiers',
  'troops',
  'servicemen',
  'fighters',
  'militants',
  'combatants',
  'personnel',
  'officers',
  'policemen',
  'military',
  'troopers',
  'militiamen',
  'rebels',
  'servicemembers',
]);
const PEOPLE = new Set(['people', 'persons', 'others', 'individuals']);
const QUALIFIERS = new Set([
  'at',
  'least',
  'more',
  'than',
  'some',
  'about',
  'nearly',
  'almost',
  'over',
  'around',
  'up',
  'to',
  'roughly',
  'approximately',
  'an',
  'estimated',
  'another',
  'further',
]);
// Words that may sit between a number and its noun: "633 service members", "12 military personnel".
const MODIFIERS = new Set([
  'civilian',
  'military',
  'service',
  'members',
  'more',
  'other',
  'additional',
]);

interface Count {
  value: number;
  at: number;
  group?: Group;
  outcome?: Outcome;
}

function outcomeOf(key: string | undefined): Outcome | undefined {
  if (key === undefined) return undefined;
  if (KILLED.has(key)) return 'killed';
  if (INJURED.has(key)) return 'injured';
  return undefined;
}

function groupOf(key: string | undefined): Group | undefined {
  if (key === undefined) return undefined;
  if (CIVILIANS.has(key)) return 'civilians';
  if (FORCES.has(key)) return 'forces';
  if (PEOPLE.has(key)) return 'people';
  return undefined;
}

export function parseFigures(tokens: readonly Token[]): Figures | undefined {
  const counts: Count[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const value = numberValue(t.text);
    if (value === undefined || (t.kind === 'number' && /^(19|20)\d\d$/.test(t.text))) continue;
    const count: Count = { value, at: i };
    // Up to three words after the number: "civilian deaths", "military personnel", "injuries".
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      const key = tokens[j]!.key;
      const group = groupOf(key) ?? (key === 'civilian' ? 'civilians' : undefined);
      const outcome = outcomeOf(key);
      if (!group && !outcome && !MODIFIERS.has(key)) break;
      count.group ??= group;
      count.outcome ??= outcome;
    }
    // "killing 13", "injuring more than 40 people"
    for (let j = i - 1; j >= Math.max(0, i - 3) && count.outcome === undefined; j--) {
      const key = tokens[j]!.key;
      if (!QUALIFIERS.has(key)) {
        count.outcome = outcomeOf(key);
        break;
      }
    }
    if (count.group || count.outcome) counts.push(count);
  }
  if (counts.length === 0) return undefined;
  for (const count of counts) {
    if (count.outcome) continue;
    for (let j = count.at + 1; j < tokens.length; j++) {
      const outcome = outcomeOf(tokens[j]!.key);
      if (outcome) {
        count.outcome = outcome;
        break;
      }
    }
  }
  const figures: Figures = {};
  const add = (key: keyof Figures, n: number): void => {
    figures[key] = (figures[key] ?? 0) + n;
  };
  for (const c of counts) {
    if (!c.outcome) continue;
    add(c.outcome, c.value);
    if (c.group === 'civilians') add('civilians', c.value);
    if (c.group === 'forces') add('forces', c.value);
  }
  return figures.killed !== undefined || figures.injured !== undefined ? figures : undefined;
}
