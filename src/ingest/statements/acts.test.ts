import { speakersOf } from '../../seed/document';
import { extractArticle } from '../extract';

/**
 * Stance from the content when the cue is neutral ("said"): the reported clause's own act
 * decides (statements/acts.ts, stance-rules.ts). Sentences are invented for these tests.
 */
function only(text: string) {
  const { document } = extractArticle({ text, publishedAt: '2022-03-01' });
  const all = document.statements ?? [];
  expect(all).toHaveLength(1);
  const s = all[0]!;
  return {
    speakers: speakersOf(s),
    stance: s.stance,
    targets: s.about.filter((a) => a.role === 'target').map((a) => a.entity),
    confidence: s.confidence ?? 1,
  };
}

describe('stance from the content of a neutral cue', () => {
  it('reads an attack the speaker’s side came under as an accusation', () => {
    expect(
      only('The Malian army said its positions came under fire from jihadist fighters near Gao.')
        .stance,
    ).toBe('ACCUSE');
  });

  it('reads armed groups’ acts told by a state body as an accusation', () => {
    expect(
      only("Colombia's defence ministry said the rebels had violated the truce twice.").stance,
    ).toBe('ACCUSE');
  });

  it('reads the same acts told by a monitor as a report', () => {
    expect(
      only('A local monitoring group said the rebels had killed four farmers near the river.')
        .stance,
    ).toBe('REPORT');
  });

  it('reads a labelled party recruiting fighters as an accusation', () => {
    expect(
      only('The Kenyan government said the militia was recruiting mercenaries across the border.')
        .stance,
    ).toBe('ACCUSE');
  });

  it('reads an obligation laid on another party as a demand, and targets it', () => {
    const s = only('The Armenian foreign ministry said Baku must withdraw its troops.');
    expect(s).toMatchObject({ stance: 'DEMAND', targets: ['azerbaijan'] });
  });

  it('does not read an obligation the speaker lays on itself as a demand', () => {
    expect(only('The Armenian foreign ministry said: "We must defend our border."').stance).toBe(
      'CLAIM',
    );
  });

  it('reads "we call on …" as an appeal', () => {
    expect(
      only('The Moldovan president said: "We call on our neighbours to stand with us."').stance,
    ).toBe('APPEAL');
  });

  it('reads one’s own side carrying out "the raid" as an admission', () => {
    expect(
      only('The Serbian army said its units had carried out the raid on the village.').stance,
    ).toBe('ACKNOWLEDGE');
  });

  it('reads one’s own side killing enemy fighters as a claim, not a report', () => {
    expect(
      only('The Serbian army said its units killed five gunmen during the night.').stance,
    ).toBe('CLAIM');
  });

  it('reads a negated act of the speaker’s own side as a denial', () => {
    expect(only('The Eritrean information minister said: "We did not attack anyone."').stance).toBe(
      'DENY',
    );
  });

  it('reads deflected blame for deaths as a denial', () => {
    expect(
      only(
        'The Chadian army said if villagers were killed, it was because the rebels used them as shields.',
      ).stance,
    ).toBe('DENY');
  });

  it('reads a derisive remark as criticism, not as a denial of "lies"', () => {
    expect(only('The Nigerian president said: "Enough lies from the opposition."').stance).toBe(
      'CRITICIZE',
    );
  });

  it('reads a standing commitment as a promise', () => {
    expect(only('The Chadian army said it stands ready to protect the capital.').stance).toBe(
      'PROMISE',
    );
  });

  it('reads a vow to fight as a threat', () => {
    expect(only('The Chadian army vowed to fight on until the last rebel is gone.').stance).toBe(
      'THREATEN',
    );
  });

  it('reads a toll that may grow as a warning', () => {
    expect(only("Sudan's health ministry said the toll from the bombing could rise.").stance).toBe(
      'WARN',
    );
  });

  it('reads an attack condemned by adjective as criticism', () => {
    expect(only('The Chadian army said: "The attack was terrible and unjustified."').stance).toBe(
      'CRITICIZE',
    );
  });

  it('reads an attack with an accusatory qualifier as an accusation, a plain toll as a report', () => {
    expect(
      only(
        "The Kenyan army said five civilians were injured due to the Ugandan troops' unprovoked firing.",
      ).stance,
    ).toBe('ACCUSE');
    expect(
      only('The Kenyan army said five civilians were injured as a result of Ugandan fire.').stance,
    ).toBe('REPORT');
  });

  it('reads an attack tied to another party as an accusation', () => {
    expect(
      only('The Kenyan army said the gunmen who attacked the base were affiliated with Uganda.')
        .stance,
    ).toBe('ACCUSE');
  });

  it('reads another party stepping up its attacks as an accusation', () => {
    expect(
      only(
        'A local monitoring group said Uganda had intensified its shelling of the border villages.',
      ).stance,
    ).toBe('ACCUSE');
  });

  it('reads refusing to yield ground as a rejection', () => {
    expect(
      only('The Colombian president said: "We are not giving up a single inch of our land."')
        .stance,
    ).toBe('REJECT');
  });
});

describe('confidence from how the stance was found', () => {
  it('marks a neutral cue’s claim that no rule confirms for review', () => {
    const s = only('The Chadian army said the weather in the north was calm on Monday.');
    expect(s.stance).toBe('CLAIM');
    expect(s.confidence).toBeLessThan(0.6);
  });

  it('keeps a named speaker’s accusation by its own verb above the threshold', () => {
    const s = only('The Chadian army accused the rebels of shelling Abeche on Monday.');
    expect(s.stance).toBe('ACCUSE');
    expect(s.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('ranks a stance read from the content below the cue’s own verb', () => {
    const byContent = only("Colombia's defence ministry said the rebels had attacked Cali.");
    const byCue = only("Colombia's defence ministry accused the rebels of attacking Cali.");
    expect(byContent.stance).toBe('ACCUSE');
    expect(byContent.confidence).toBeLessThan(byCue.confidence);
  });
});
