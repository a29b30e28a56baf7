import { speakersOf } from '../../seed/document';
import { extractArticle } from '../extract';

/** The statements of a short text, as (speakers, stance, text, targets, cue, quote, medium). */
function statements(text: string, publishedAt = '2020-10-17') {
  const { document } = extractArticle({ text, publishedAt });
  return (document.statements ?? []).map((s) => ({
    speakers: speakersOf(s),
    stance: s.stance,
    text: s.text,
    targets: s.about.filter((a) => a.role === 'target').map((a) => a.entity),
    cue: s.cue,
    isQuote: s.isQuote,
    medium: s.medium,
    date: s.date,
    confidence: s.confidence ?? 1,
    mention: s.speakerMention,
  }));
}

describe('attribution of direct quotes', () => {
  it('attributes a quote before its cue to the pronoun’s antecedent', () => {
    const [, quote] = statements(
      'Azerbaijani President Ilham Aliyev questioned Armenia’s ability to fight.\n“We are dominating the battlefield,” he said.',
    );
    expect(quote).toMatchObject({
      speakers: ['ilham-aliyev'],
      text: 'We are dominating the battlefield',
      isQuote: true,
      cue: 'said',
      mention: 'he',
    });
  });

  it('attributes a quote before an inverted cue to the speaker after it', () => {
    const [quote] = statements(
      '“All the houses around here are destroyed,” said a Ganja resident.',
    );
    expect(quote).toMatchObject({
      speakers: ['ganja-resident'],
      text: 'All the houses around here are destroyed',
      stance: 'REPORT',
    });
  });

  it('attributes a quote after its cue', () => {
    const [quote] = statements(
      'Turkish Foreign Minister Mevlut Cavusoglu said: “We will always side with Azerbaijan.”',
    );
    expect(quote).toMatchObject({
      speakers: ['mevlut-cavusoglu'],
      text: 'We will always side with Azerbaijan',
      isQuote: true,
      stance: 'SUPPORT',
    });
  });

  it('takes a quotation that ends the reported clause as the statement', () => {
    const [quote] = statements(
      'Turkish Foreign Minister Mevlut Cavusoglu said Ankara would “always side with Azerbaijan.”',
    );
    expect(quote).toMatchObject({
      text: 'always side with Azerbaijan',
      isQuote: true,
      targets: ['azerbaijan'],
    });
  });

  it('keeps a quote that spans sentences whole', () => {
    const [quote] = statements(
      'Peskov told reporters: “The agreements ceased to be in effect. We will return when our demands are met.”',
    );
    expect(quote?.text).toBe(
      'The agreements ceased to be in effect. We will return when our demands are met',
    );
  });

  it('gives a quote continued with no new cue the same speaker, with a lower confidence', () => {
    const [first, next] = statements(
      '“All the houses around here are destroyed,” said a Ganja resident. “Many people are under the rubble.”',
    );
    expect(next).toMatchObject({
      speakers: ['ganja-resident'],
      text: 'Many people are under the rubble',
    });
    expect(next!.confidence).toBeLessThan(first!.confidence);
    expect(next!.confidence).toBeLessThan(0.6);
  });

  it('continues a quote into the next paragraph', () => {
    const found = statements(
      'Kremlin spokesman Dmitry Peskov said: “The deal is over.\n“We will return to it when our demands are met,” he added.',
    );
    expect(found.map((s) => s.speakers)).toEqual([['dmitry-peskov'], ['dmitry-peskov']]);
  });

  it('does not give the quoted title of a programme or a report to the last speaker', () => {
    const found = statements(
      '“The border will stay closed,” Kremlin spokesman Dmitry Peskov said on Monday. ' +
        'He spoke on “Evening News with Anna Petrova” after a report titled “Hunger in the Sahel” was published. ' +
        '“We expect an answer.”',
    );
    expect(found.map((s) => s.text)).toEqual([
      'The border will stay closed',
      'We expect an answer',
    ]);
    expect(found.map((s) => s.speakers)).toEqual([['dmitry-peskov'], ['dmitry-peskov']]);
  });
});

describe('attribution of reported speech', () => {
  it('reads "X said (that) …" with the statement’s date from the cue', () => {
    const [claim] = statements(
      'Azerbaijan said on Saturday that its forces had destroyed an Armenian-operated S-300 air defense system.',
    );
    expect(claim).toMatchObject({
      speakers: ['azerbaijan'],
      stance: 'CLAIM',
      date: '2020-10-17',
      targets: ['s-300'],
    });
    expect(claim?.text).toBe(
      'its forces had destroyed an Armenian-operated S-300 air defense system',
    );
  });

  it('reads "X accused Y of …" with Y as the target', () => {
    const [accusation] = statements(
      'Armenia accused Baku of continuing to shell populated areas inside Karabakh.',
    );
    expect(accusation).toMatchObject({
      speakers: ['armenia'],
      stance: 'ACCUSE',
      targets: ['azerbaijan'],
      text: 'continuing to shell populated areas inside Karabakh',
    });
  });

  it('reads a denial and an accusation joined by "and" as two statements of one speaker', () => {
    const found = statements(
      'Armenia, however, denied that its forces had attacked Ganja’s residential area, and accused Baku of continuing to shell populated areas.',
    );
    expect(found.map((s) => [s.speakers, s.stance])).toEqual([
      [['armenia'], 'DENY'],
      [['armenia'], 'ACCUSE'],
    ]);
  });

  it('reads "according to X, …" and "…, according to X"', () => {
    const [before] = statements(
      'According to the Joint Coordination Centre, more than 32 million tonnes of grain have been exported.',
    );
    expect(before).toMatchObject({
      speakers: ['joint-coordination-centre'],
      cue: 'according to',
      text: 'more than 32 million tonnes of grain have been exported',
    });
    const [after] = statements(
      'The soldiers died in hand-to-hand fighting, according to the Indian army.',
    );
    expect(after?.text).toBe('The soldiers died in hand-to-hand fighting');
  });

  it('reads "X called for …" as an appeal by joint speakers', () => {
    const [appeal] = statements(
      'Armenia and Azerbaijan’s main foreign allies, namely Russia and Turkey, have called for the war to end.',
    );
    expect(appeal).toMatchObject({
      speakers: ['russia', 'turkey'],
      stance: 'APPEAL',
      text: 'the war to end',
    });
  });

  it('reads joint speakers named with articles', () => {
    const [appeal] = statements(
      'The United Nations and the United States called on both sides to exercise maximum restraint.',
    );
    expect(appeal?.speakers).toEqual(['united-nations', 'united-states']);
  });

  it('records the medium a speaker told', () => {
    const found = statements(
      'Armenian Prime Minister Nikol Pashinyan spoke on Friday.\n“We must defend ourselves,” he told the French newspaper Liberation.',
    );
    expect(found[0]).toMatchObject({
      speakers: ['nikol-pashinyan'],
      medium: 'liberation',
      cue: 'told',
    });
  });

  it('resolves "It said" to the last organization that spoke', () => {
    const found = statements(
      'The Armenian Defense Ministry said Azerbaijan had attacked Stepanakert. It said three civilians had been wounded.',
    );
    expect(found.map((s) => s.speakers)).toEqual([
      ['armenia-defense-ministry'],
      ['armenia-defense-ministry'],
    ]);
    expect(found[0]?.stance).toBe('ACCUSE');
    expect(found[1]?.stance).toBe('REPORT');
  });

  it('reads a clause told before its cue', () => {
    const [report] = statements(
      'Twenty Indian soldiers were killed in a clash in the Galwan Valley, the Indian army said on Tuesday.',
      '2020-06-17',
    );
    expect(report).toMatchObject({
      stance: 'REPORT',
      text: 'Twenty Indian soldiers were killed in a clash in the Galwan Valley',
      date: '2020-06-16',
    });
  });

  it('reads a clause told before a cue the reporter qualifies with "without …ing"', () => {
    const found = statements(
      'Two convoys were ambushed near the border over the weekend, the Indian army said without naming the attackers.',
    );
    expect(found.map((s) => s.text)).toEqual([
      'Two convoys were ambushed near the border over the weekend',
    ]);
  });

  it('gives nested attribution to the original speaker', () => {
    const found = statements(
      'Foreign Minister Subrahmanyam Jaishankar told Wang that the clash was a planned action by China, the Indian foreign ministry said.',
    );
    expect(found.map((s) => s.speakers)).toEqual([['subrahmanyam-jaishankar']]);
  });

  it('makes no statement of a negated cue', () => {
    expect(
      statements(
        'Ukraine has not claimed responsibility for the attack. Beijing did not say whether troops died.',
      ),
    ).toEqual([]);
  });

  it('reads the object of praise through a pronoun', () => {
    const [praise] = statements(
      'Turkish Defense Minister Hulusi Akar talked to his Azeri counterpart, Zakir Hasanov, and congratulated him on liberating several settlements.',
    );
    expect(praise).toMatchObject({
      speakers: ['hulusi-akar'],
      stance: 'PRAISE',
      targets: ['zakir-hasanov'],
    });
  });
});

describe('metonyms', () => {
  it('reads a capital as its country when it is a target', () => {
    const [accusation] = statements(
      'Armenian Prime Minister Nikol Pashinyan accused Baku of “an attempted genocide.”',
    );
    expect(accusation?.targets).toEqual(['azerbaijan']);
  });

  it('reads a capital as its country when it speaks', () => {
    const [claim] = statements('Moscow said the decision was final.');
    expect(claim?.speakers).toEqual(['russia']);
  });

  it('keeps a capital that is a place a City', () => {
    const { document } = extractArticle({
      text: 'A missile hit Baku, the capital, on Saturday. Armenia denied that its forces had attacked Baku, the capital.',
      publishedAt: '2020-10-17',
    });
    const baku = document.entities?.find((e) => e.id === 'baku');
    expect(baku?.kind).toBe('City');
    expect(document.relations).toContainEqual({
      type: 'CAPITAL_OF',
      from: 'baku',
      to: 'azerbaijan',
    });
    const [denial] = document.statements ?? [];
    expect(denial?.about.map((a) => a.entity)).toContain('baku');
    expect(denial?.about.map((a) => a.entity)).not.toContain('azerbaijan');
  });
});

describe('the reporter’s trailing clauses', () => {
  it('leaves what an act set off (“, drawing condemnation from …”) out of the content', () => {
    const [s] = statements(
      'The Ethiopian army said it had shelled a market in Adwa, drawing condemnation from the African Union.',
    );
    expect(s).toMatchObject({ text: 'it had shelled a market in Adwa' });
  });
});

describe('collective parties', () => {
  it('reads “Western countries” as a party an accusation is aimed at', () => {
    const [s] = statements(
      'Serbian Defence Minister Milos Vucevic said Western countries were arming militias in the region.',
    );
    expect(s!.targets).toEqual(['western-countries']);
  });
});
