import { speakersOf } from '../../seed/document';
import { parseSeedText } from '../../seed/parse';
import { extractArticle } from '../extract';
import { toSeedYaml } from '../seed-yaml';

/**
 * Speakers of real-news shapes: plural and reciprocal subjects, bodies named by description,
 * relayed sources and signed headlines. Sentences are invented for these tests.
 */
function statements(text: string, options = {}) {
  const { document } = extractArticle({ text, publishedAt: '2022-03-01' }, [], options);
  return (document.statements ?? []).map((s) => ({
    speakers: speakersOf(s),
    stance: s.stance,
    text: s.text,
    targets: s.about.filter((a) => a.role === 'target').map((a) => a.entity),
    mention: s.speakerMention,
    confidence: s.confidence ?? 1,
  }));
}

describe('plural and reciprocal speakers', () => {
  it('gives a joint subject one statement with both speakers', () => {
    const [s] = statements(
      'Turkey and Azerbaijan deny that Syrian mercenaries are fighting there.',
    );
    expect(s).toMatchObject({ speakers: ['turkey', 'azerbaijan'], stance: 'DENY' });
  });

  it('keeps a joint subject for a participle after it', () => {
    const [s] = statements('Russia and Iran backed the claims, saying the strikes were illegal.');
    expect(s?.speakers).toEqual(['russia', 'iran']);
  });

  it('makes each party of "accused each other" a target', () => {
    const [s] = statements('Armenia and Azerbaijan accused each other of shelling civilian areas.');
    expect(s).toMatchObject({
      speakers: ['armenia', 'azerbaijan'],
      stance: 'ACCUSE',
      text: 'shelling civilian areas',
      targets: ['armenia', 'azerbaijan'],
    });
  });

  it('reads "both sides" as the report’s two main parties, for review', () => {
    const [s] = statements(
      'Armenian forces and Azerbaijani troops clashed again. Both sides said civilians were among the casualties.',
    );
    expect(s?.speakers.sort()).toEqual(['armenia-armed-forces', 'azerbaijan-armed-forces']);
    expect(s!.confidence).toBeLessThan(0.6);
  });

  it('joins "X, as well as Y," and keeps both for "the statement" after it', () => {
    const found = statements(
      "Chile's Ministry of Foreign Affairs, as well as the Defense Ministry, said in a joint statement that the border was calm.\n“Patrols continue,” the statement says.",
    );
    expect(found.map((s) => s.speakers)).toEqual([
      ['chile-foreign-ministry', 'chile-defense-ministry'],
      ['chile-foreign-ministry', 'chile-defense-ministry'],
    ]);
  });
});

describe('speakers introduced by description', () => {
  it('reads an acronym in brackets as its body’s alias', () => {
    const found = statements(
      'The Inter-Agency Press Office (IAPO) said the border was calm. IAPO added that patrols continue.',
    );
    expect(new Set(found.map((s) => s.speakers[0]))).toEqual(
      new Set(['inter-agency-press-office']),
    );
  });

  it('reads "the junta" after "Myanmar’s ruling junta" as that body', () => {
    const found = statements(
      "Myanmar's ruling junta said the roads were open. The junta said the curfew would end.",
    );
    expect(found.map((s) => s.speakers)).toEqual([['myanmar-junta'], ['myanmar-junta']]);
  });

  it('reads a capital’s ministry as that state’s ministry', () => {
    const [s] = statements("Thirty people were killed, Niamey's defence ministry said Saturday.");
    expect(s?.speakers).toEqual(['niger-defense-ministry']);
  });

  it('reads "it added" right after a statement as that statement’s speaker', () => {
    const found = statements(
      'The Kenyan army said in a statement that its convoy had reached Mandera. Aid would follow from Somalia, it added.',
    );
    expect(found.map((s) => s.speakers)).toEqual([['kenya-armed-forces'], ['kenya-armed-forces']]);
  });

  it('reads the subject before a participle phrase', () => {
    const [s] = statements(
      'The Kenyan army fighting in the north on Monday denied that its jets had hit a school.',
    );
    expect(s).toMatchObject({ speakers: ['kenya-armed-forces'], stance: 'DENY' });
  });

  it('gives an unnamed office-holder a person of their own, for review', () => {
    const [s] = statements('The Houthi health minister said nine people were killed.');
    expect(s?.speakers).toEqual(['houthi-health-minister']);
    expect(s!.confidence).toBeLessThan(0.6);
  });
});

describe('relayed sources and headlines', () => {
  it('gives "as alleged by X" a statement of X with the same words', () => {
    const found = statements(
      'The Kenyan army denied that its jets had hit a school, as alleged by local officials.',
    );
    expect(found.map((s) => [s.speakers, s.stance])).toEqual([
      [['kenya-armed-forces'], 'DENY'],
      [['local-officials'], 'ACCUSE'],
    ]);
    expect(found[0]!.text).toBe('its jets had hit a school');
  });

  it('reads a headline signed after a dash', () => {
    const [s] = statements(
      'Border crossings reopen after two weeks —Kenyan army\n\nThe Kenyan army said the border crossings had reopened.',
    );
    expect(s).toMatchObject({
      speakers: ['kenya-armed-forces'],
      text: 'Border crossings reopen after two weeks',
    });
  });

  it('gives headlines no statements when asked not to', () => {
    const found = statements(
      'Kenya Says Border Crossings Reopen\n\nThe Kenyan army said the border crossings had reopened.',
      { headlines: false },
    );
    expect(found).toHaveLength(1);
  });

  it('reads a title-case headline cue', () => {
    const found = statements(
      'Kenya Says Border Crossings Reopen\n\nThe Kenyan army said the border crossings had reopened.',
    );
    expect(found[0]).toMatchObject({ speakers: ['kenya'], text: 'Border Crossings Reopen' });
  });
});

describe('embedded posts and protest notes', () => {
  const post =
    'The Kenyan army posted a message on Sunday.\n\nOur soldiers have secured the border town of Mandera and will stay there… pic.twitter.com/AbC123 — Kenya Defence Forces (@kdfinfo) March 1, 2022';

  it('reads a signed post as its author’s quote on Twitter, with no cue', () => {
    const { document } = extractArticle({ text: post, publishedAt: '2022-03-01' });
    const s = document.statements?.find((x) => x.text.startsWith('Our soldiers'));
    expect(s).toMatchObject({
      text: 'Our soldiers have secured the border town of Mandera and will stay there',
      isQuote: true,
      medium: 'twitter',
    });
    expect(s?.cue).toBeUndefined();
  });

  it('writes statements with no cue or speaker mention as a valid seed file', () => {
    const text = `${post}\nA Kenyan diplomat was summoned to register Somalia's strong protest over the shelling of border villages.\nIt was underscored that such acts violate the 2021 border accord.`;
    const { document } = extractArticle({ text, publishedAt: '2022-03-01' });
    const parsed = parseSeedText(toSeedYaml(document, {}), 'extracted.yaml');
    expect(parsed.ok).toBe(true);
    const agentless = document.statements?.find((x) => x.cue === 'It was underscored');
    expect(agentless).toMatchObject({ speaker: 'somalia', needsReview: true });
    expect(agentless?.speakerMention).toBeUndefined();
  });
});

describe('statements named by a noun', () => {
  it('gives "comments by X that …" to X, the quotation ending the clause as its words', () => {
    const found = statements(
      'Kenyan President William Ruto dismissed recent comments by Ugandan President Yoweri Museveni that Uganda “will soon send its troops across the border to protect the lake.”',
    );
    const comment = found.find((s) => s.speakers.includes('yoweri-museveni'));
    expect(comment).toMatchObject({
      text: 'will soon send its troops across the border to protect the lake',
    });
  });

  it('gives "summoned the envoy to protest over …" to the state that summoned', () => {
    const found = statements(
      'NAIROBI: Kenya on Monday summoned the Ugandan envoy to protest over the shelling of villages near Busia.',
    );
    expect(found.map((s) => [s.speakers, s.stance])).toContainEqual([['kenya'], 'CRITICIZE']);
  });
});
