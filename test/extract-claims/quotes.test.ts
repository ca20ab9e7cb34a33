import { describe, it, expect } from 'vitest';
import { run } from './helpers.js';
import { quoteExtractor } from '../../src/extract/quotes.js';
import type { QuoteAssertion } from '../../src/types.js';

const quotes = (text: string, mentions?: string[]) => run<QuoteAssertion>(quoteExtractor, text, mentions ? { mentions } : {});

describe('quotes: speaker and partial flag', () => {
  it.each([
    // [text, mentions, quote start, speaker, partial]
    ['“We will rebuild the bridge,” Maria Lopez said.', ['Maria Lopez'], 'We will rebuild the bridge', 'Maria Lopez', false],
    ['"We will rebuild the bridge," Maria Lopez said.', ['Maria Lopez'], 'We will rebuild the bridge', 'Maria Lopez', false],
    ['“We will rebuild the bridge," Maria Lopez said.', ['Maria Lopez'], 'We will rebuild the bridge', 'Maria Lopez', false],
    ['Maria Lopez said: “We will rebuild the bridge.”', ['Maria Lopez'], 'We will rebuild the bridge', 'Maria Lopez', false],
    ['“Nobody is above the law,” Tom Baker told the committee.', ['Tom Baker'], 'Nobody is above the law', 'Tom Baker', false],
    ['“Fire the leaker now,” he posted on social media.', [], 'Fire the leaker now', 'he', false],
    ['Tom Baker said the plan was “a very standard form of negotiation” and nothing more.', ['Tom Baker'], 'a very standard form of negotiation', 'Tom Baker', true],
    ['Ana Ruiz called the senator an “actual traitor,” and left the room.', ['Ana Ruiz'], 'actual traitor', 'Ana Ruiz', true],
    ['“It’s what a dealmaker does,” Tom Baker, a union leader, said.', ['Tom Baker'], 'It’s what a dealmaker does', 'Tom Baker', false],
    ['“He called it ‘a disgrace’ and walked out,” Lena Fox said.', ['Lena Fox'], 'He called it ‘a disgrace’ and walked out', 'Lena Fox', false],
    ['"No one is above the law," prosecutor Miriam Oduya said outside the court.', ['Miriam Oduya'], 'No one is above the law', 'Miriam Oduya', false],
    ['"No one is above the law," Felix Anand told reporters after the hearing.', ['Felix Anand'], 'No one is above the law', 'Felix Anand', false],
    ['"He is exactly the striker we wanted," said manager Soren Ibsen.', ['Soren Ibsen'], 'He is exactly the striker we wanted', 'Soren Ibsen', false],
    ['In the recording, Dagny Ormerod is heard telling managers that “we will cut costs ruthlessly”.', ['Dagny Ormerod'], 'we will cut costs ruthlessly', 'Dagny Ormerod', true],
  ])('%s', (text, mentions, quote, speaker, partial) => {
    const found = quotes(text, mentions).find((q) => q.quote.startsWith(quote));
    expect(found, 'quote found').toBeDefined();
    expect(found!.speaker?.text).toBe(speaker);
    expect(found!.partial).toBe(partial);
    expect(found!.subject).toBe(`quote by ${speaker}`);
    expect(found!.normalized).not.toMatch(/[“”"‘’,.]/);
  });

  it('emits a quote spanning several sentences once, from its first sentence, with the trailing speaker', () => {
    const out = quotes('“We tried. We failed. We will try again,” Omar Haddad said.', ['Omar Haddad']);
    expect(out).toHaveLength(1);
    expect(out[0]!.quote).toBe('We tried. We failed. We will try again');
    expect(out[0]!.speaker?.text).toBe('Omar Haddad');
    expect(out[0]!.sentenceIndex).toBe(0);
  });

  it('gives a bare continuing quote the speaker of the previous sentence', () => {
    const text = 'Lena Fox said on X that the vote was “a farce”. “In fact, it shows how broken the system is.”';
    const out = quotes(text, ['Lena Fox']);
    const second = out.find((q) => q.quote.startsWith('In fact'));
    expect(second?.speaker?.text).toBe('Lena Fox');
    expect(second?.partial).toBe(false);
  });

  it('gives a quote paragraph the speaker of the previous paragraph', () => {
    const text = '“This is clear,” the Nebraska lawmaker wrote on X.\n\n“He cannot be trusted. He should be fired.”';
    const out = quotes(text, []);
    expect(out.find((q) => q.quote.startsWith('He cannot'))?.speaker?.text).toBe('the Nebraska lawmaker');
  });

  it('keeps nested quote marks inside the outer quote', () => {
    const out = quotes('“They told us ‘wait’ and we waited,” said Ana Ruiz.', ['Ana Ruiz']);
    expect(out).toHaveLength(1);
    expect(out[0]!.quote).toContain('‘wait’');
  });

  it('normalizes quotes for comparison', () => {
    const [q] = quotes('“Standard  Negotiation, really!” Tom Baker said.', ['Tom Baker']);
    expect(q?.normalized).toBe('standard negotiation really');
  });
});

describe('quotes: negatives', () => {
  it.each([
    'The controversy, dubbed “Leakgate”, grew.',
    'The city’s mayor didn’t attend.',
    'The leakers’ motives are unclear.',
    'Police said nothing else.',
    'The group has ‘concerns’.',
  ])('%s', (text) => {
    expect(quotes(text, [])).toEqual([]);
  });
});
