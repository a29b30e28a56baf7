import type { EntityKind } from '../entities/vocabulary';
import type { SeedDocumentInput } from '../seed/document';
import { sentenceAt } from '../text/sentences';
import { readArticle } from './article';
import { CityReference } from './entities/cities';
import { attributeParagraph, type RawStatement } from './attribution/attribute';
import { Discourse } from './attribution/discourse';
import { findDates } from './dates';
import { buildDocument } from './document';
import type { RecognitionContext } from './entities/context';
import { unnamedRebels } from './entities/rebels';
import { resolveDescriptions } from './entities/descriptions';
import { Gazetteer } from './entities/gazetteer';
import { recognizeSentence } from './entities/recognize';
import { EntityRegistry } from './entities/registry';
import { DEFAULT_TAGGER_BUDGET, Tagger } from './entities/tagger';
import { recognizeAgreements } from './events/agreements';
import { AttackTracker, type Told } from './events/attacks';
import { leadPlace, recognizeWar } from './events/war';
import { checkInput, DEFAULT_MAX_LENGTH, ExtractionInputError, looksEnglish } from './input';
import { quoteAt } from './quotes';
import { buildStatement, REVIEW_BELOW } from './statements/build';
import { Parties } from './statements/adversary';
import { Topic } from './statements/topic';
import { TollGivers } from './statements/tolls';

export { ExtractionInputError, DEFAULT_MAX_LENGTH };

export interface ArticleInput {
  text: string;
  title?: string;
  url?: string;
  outlet?: string;
  /** YYYY-MM-DD; relative dates resolve against it. Default: today (with a warning). */
  publishedAt?: string;
  sourceId?: string;
}

export interface KnownEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** The country id when the entity is a capital city. */
  capitalOf?: string;
}

export interface Extraction {
  document: SeedDocumentInput;
  warnings: string[];
  stats: {
    sentences: number;
    words: number;
    entities: number;
    statements: number;
    lowConfidence: number;
  };
}

export interface ExtractOptions {
  /** Longest text accepted, in UTF-16 code units. */
  maxLength?: number;
  /** Characters of text that compromise may tag (its slowest phase); past it, context alone. */
  taggerBudget?: number;
  /**
   * Whether headlines, standfirsts and subheadings that attribute give statements ("Ethiopia
   * Says Forces Killed …", "… —defense ministry"). Default true; off for sets annotated without
   * them (eval/articles).
   */
  headlines?: boolean;
}

/**
 * Extracts the actors and the attributed statements of a news article, as a seed document.
 * Phases (see README.md): read (sentences, tokens, quotes), recognize entities, find events and
 * dates, attribute statements paragraph by paragraph, then read each statement's stance, targets
 * and figures. Throws ExtractionInputError for input that is not an article.
 */
export function extractArticle(
  input: ArticleInput,
  known: readonly KnownEntity[] = [],
  options: ExtractOptions = {},
): Extraction {
  const text = checkInput(input.text, options.maxLength ?? DEFAULT_MAX_LENGTH);
  const warnings: string[] = [];
  let publishedAt = input.publishedAt;
  if (!publishedAt || !/^\d{4}-\d{2}-\d{2}$/.test(publishedAt)) {
    if (publishedAt)
      warnings.push(`publishedAt "${publishedAt}" is not YYYY-MM-DD; used today's date`);
    else warnings.push('no publication date; relative dates resolve against today');
    publishedAt = new Date().toISOString().slice(0, 10);
  }
  const article = readArticle(text);
  const english = looksEnglish(text);
  if (!english) warnings.push('the text does not read as English; no statements were extracted');

  const registry = new EntityRegistry(known);
  const tagger = new Tagger(options.taggerBudget ?? DEFAULT_TAGGER_BUDGET);
  const ctx: RecognitionContext = { text, registry, gazetteer: new Gazetteer(known), tagger };
  if (english) for (const s of article.sentences) recognizeSentence(s, ctx);
  if (tagger.exhausted)
    warnings.push('long text: names past the first part were classified by context alone');
  if (english) resolveDescriptions(article, registry);
  if (english) unnamedRebels(article, registry);
  const war = english ? recognizeWar(article, registry) : undefined;
  const { agreements, talks } = english
    ? recognizeAgreements(article, registry, leadPlace(article, registry))
    : { agreements: new Set<string>(), talks: new Set<string>() };
  const topic = new Topic(article, registry, agreements, talks);

  const discourse = new Discourse(registry);
  const parties = new Parties(article, registry);
  const attribution = { text, registry, discourse, warnings, parties };
  const raws: { raw: RawStatement; date?: string }[] = [];
  const events = new Map<string, Told[]>();
  const told: { id: string; sentence: number }[] = [];
  const attacks = new AttackTracker(registry);
  const cities = new CityReference(registry);
  let anchor = publishedAt;
  let sectionDate: string | undefined;
  for (const p of english ? article.paragraphs : []) {
    let lastCity = discourse.lastCity;
    for (const s of p.sentences) {
      s.dates = findDates(s.tokens, publishedAt, anchor);
      anchor = s.dates[s.dates.length - 1]?.date ?? anchor;
      lastCity = cities.cityIn(s) ?? lastCity;
      if (lastCity) cities.referTo(s, lastCity);
      const event = attacks.recognize(s, lastCity);
      if (event) {
        told.push({ id: event.id, sentence: s.index });
        const at = event.place ? events.get(event.place) : undefined;
        if (event.place && !at) events.set(event.place, [event]);
        else if (at && !at.includes(event)) at.push(event);
      }
    }
    if (p.headline && options.headlines === false) continue;
    const found = attributeParagraph(p, attribution, raws[raws.length - 1]?.raw);
    // A statement's date is the one its sentence gives before the content or right after the cue
    // ("said on Saturday that …", "Separately on Saturday, Turkey reiterated …"); else the date the report last set
    // that way, or by opening a sentence with it ("Also on Saturday, …"); else none. Dates inside
    // the content or after it date the events told, not the statement.
    const bySentence = new Map<number, RawStatement[]>();
    for (const r of found) bySentence.set(r.sentence, [...(bySentence.get(r.sentence) ?? []), r]);
    for (const s of p.sentences) {
      const own = bySentence.get(s.index) ?? [];
      const leading = s.dates.find(
        (d) => d.first <= 3 && !d.relative && !quoteAt(p.quotes, d.start),
      );
      if (leading) sectionDate = leading.date;
      for (const r of own) {
        const before = s.dates.find(
          (d) =>
            !d.relative &&
            !quoteAt(p.quotes, d.start) &&
            (d.end <= r.content.start || (d.start >= r.cueEnd && d.start <= r.cueEnd + 4)),
        );
        if (before) sectionDate = before.date;
        raws.push({ raw: r, ...(sectionDate ? { date: sectionDate } : {}) });
      }
    }
  }

  const spans = article.sentences;
  const tolls = new TollGivers();
  const confronted = new Map<string, string>();
  // A headline tells the attack the lead then tells in full: "Israel disputes the death toll".
  const bodyStart = article.sentences.find((s) => !s.headline)?.index ?? 0;
  const leadAttack = told.find((t) => t.sentence <= bodyStart + 1)?.id;
  const statements = raws
    .sort((a, b) => a.raw.content.textStart - b.raw.content.textStart)
    .map(({ raw, date }, n) =>
      buildStatement(raw, `s${String(n + 1).padStart(2, '0')}`, date, {
        article,
        registry,
        sentenceOf: (offset) => sentenceAt(spans, offset),
        eventsAt: (place) => events.get(place) ?? [],
        topic,
        parties,
        recentEvent: (sentence) =>
          toldBefore(told, sentence, RECENT_SENTENCES) ??
          (sentence < bodyStart ? leadAttack : undefined),
        tolls,
        confronted,
        ...(war ? { war } : {}),
      }),
    );
  const first = article.sentences[0]!;
  const document = buildDocument(
    { ...input, text, publishedAt },
    text.slice(first.start, first.end),
    registry,
    statements,
    warnings,
  );
  return {
    document,
    warnings: summarize(warnings),
    stats: {
      sentences: article.sentences.length,
      words: article.sentences.reduce(
        (n, s) => n + s.tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length,
        0,
      ),
      entities: document.entities?.length ?? 0,
      statements: statements.length,
      lowConfidence: statements.filter((s) => (s.confidence ?? 1) < REVIEW_BELOW).length,
    },
  };
}

/** Repeated warnings once each, with how many times they occurred. */
function summarize(warnings: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].map(([w, n]) => (n > 1 ? `${w} (${n} times)` : w));
}

/** How far back an attack told is still what a remark naming nothing is about. */
const RECENT_SENTENCES = 6;

/** The attack told last before `sentence`, within `window` sentences (`told` is in text order). */
function toldBefore(
  told: readonly { id: string; sentence: number }[],
  sentence: number,
  window: number,
): string | undefined {
  let lo = 0;
  let hi = told.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (told[mid]!.sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  const last = told[lo - 1];
  return last && sentence - last.sentence <= window ? last.id : undefined;
}
