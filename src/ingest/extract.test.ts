import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDocumentSchema, speakersOf } from '../seed/document';
import { splitSentences, sentenceAt } from '../text/sentences';
import { EntityKind } from '../entities/vocabulary';
import { ExtractionInputError, extractArticle, type KnownEntity } from './extract';

const SEED = join(__dirname, '../../seed/nagorno-karabakh-2020-10-17.txt');

describe('extractArticle on the seed article', () => {
  const text = readFileSync(SEED, 'utf8');
  const { document, stats } = extractArticle({
    text,
    publishedAt: '2020-10-17',
    title: 'Armenia, Azerbaijan ramp up fighting',
  });

  it('produces a document that passes the seed schema', () => {
    expect(seedDocumentSchema.safeParse(document).success).toBe(true);
  });

  it('gives every statement exact offsets and the sentence its evidence starts in', () => {
    const spans = splitSentences(text);
    expect(document.statements?.length).toBeGreaterThan(10);
    for (const s of document.statements ?? []) {
      expect(text.slice(s.evidence.start, s.evidence.end)).toBe(s.text);
      expect(s.evidence.sentence).toBe(sentenceAt(spans, s.evidence.start));
    }
  });

  it('defines every entity a statement or relation refers to', () => {
    const ids = new Set((document.entities ?? []).map((e) => e.id));
    for (const s of document.statements ?? []) {
      for (const id of [...speakersOf(s), ...s.about.map((a) => a.entity), s.onBehalfOf, s.medium])
        if (id) expect(ids).toContain(id);
    }
    for (const r of document.relations ?? [])
      expect([ids.has(r.from), ids.has(r.to)]).toEqual([true, true]);
  });

  it('keeps the text inline and counts what it found', () => {
    expect(document.source.text).toBe(text);
    expect(stats.sentences).toBe(splitSentences(text).length);
    expect(stats.statements).toBe(document.statements?.length);
  });

  it('marks low-confidence statements for review instead of dropping them', () => {
    for (const s of document.statements ?? [])
      expect(s.needsReview).toBe((s.confidence ?? 1) < 0.6);
  });
});

describe('extractArticle with known entities', () => {
  const karabakhWar: KnownEntity = {
    id: 'nagorno-karabakh-war-2020',
    kind: EntityKind.EVENT,
    name: '2020 Nagorno-Karabakh war',
    aliases: ['the war', 'the fighting', 'Second Nagorno-Karabakh War'],
  };

  it('does not resolve a generic alias such as "the war" to a known event of another conflict', () => {
    const text =
      'Sudan’s army said on Sunday that the war had driven more than a million people from their homes.';
    const { document } = extractArticle({ text, publishedAt: '2023-05-21' }, [karabakhWar]);
    const [statement] = document.statements ?? [];
    expect(statement?.text).toContain('the war');
    const targets = statement?.about.filter((a) => a.role === 'target').map((a) => a.entity);
    expect(targets).not.toContain(karabakhWar.id);
    expect(statement?.about.map((a) => a.entity)).not.toContain(karabakhWar.id);
  });

  it('still resolves a known entity by its proper-name alias', () => {
    const text =
      'Armenia’s defence ministry said on Saturday that the Second Nagorno-Karabakh War had cost hundreds of lives.';
    const { document } = extractArticle({ text, publishedAt: '2020-10-17' }, [karabakhWar]);
    const [statement] = document.statements ?? [];
    expect(statement?.about.map((a) => a.entity)).toContain(karabakhWar.id);
  });
});

describe('extractArticle input', () => {
  it('rejects empty text', () => {
    expect(() => extractArticle({ text: '  \n ' })).toThrow(ExtractionInputError);
  });

  it('rejects binary input', () => {
    expect(() => extractArticle({ text: 'PK\u0003\u0004\u0000\u0000 some bytes' })).toThrow(
      /binary/,
    );
    const garbled = 'abc\ufffd\u0001'.repeat(200);
    expect(() => extractArticle({ text: garbled })).toThrow(ExtractionInputError);
  });

  it('rejects text over the maximum length, which the caller may lower', () => {
    expect(() => extractArticle({ text: 'Word. '.repeat(100) }, [], { maxLength: 100 })).toThrow(
      /limit is 100/,
    );
  });

  it('extracts no statements from text in another language', () => {
    const text =
      'El ministro de Defensa de Azerbaiyán dijo el sábado que sus fuerzas habían destruido un sistema. “Estamos ganando”, afirmó el presidente en la capital.';
    const { document, warnings } = extractArticle({ text, publishedAt: '2020-10-17' });
    expect(document.statements).toEqual([]);
    expect(warnings.join(' ')).toMatch(/English/);
  });

  it('survives an unclosed quotation mark and lowers the confidence of what it quotes', () => {
    const text =
      'Armenian Prime Minister Nikol Pashinyan said: “We will defend ourselves to the end, whatever it costs\nThe fighting went on.';
    const { document } = extractArticle({ text, publishedAt: '2020-10-17' });
    const [quote] = document.statements ?? [];
    expect(quote?.text).toBe('We will defend ourselves to the end, whatever it costs');
    expect(quote?.confidence).toBeLessThan(0.7);
  });

  it('derives a stable source id and a title from the first sentence when none is given', () => {
    const text = 'Azerbaijan said on Saturday that its forces had destroyed an air defense system.';
    const a = extractArticle({ text, publishedAt: '2020-10-17' }).document.source;
    const b = extractArticle({ text, publishedAt: '2020-10-17' }).document.source;
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^article-2020-10-17-[0-9a-f]{8}$/);
    expect(a.title).toBe(text);
  });

  it('finishes a 5 MB article in seconds', () => {
    const text = readFileSync(SEED, 'utf8');
    let big = '';
    while (big.length < 5_000_000) big += `${text}\n`;
    const started = Date.now();
    const { stats } = extractArticle({ text: big, publishedAt: '2020-10-17' }, [], {
      maxLength: 6_000_000,
    });
    expect(stats.statements).toBeGreaterThan(1000);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
