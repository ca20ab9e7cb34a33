import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import type { AuthenticityAssertion } from '../../src/types.js';

const stances = (text: string) =>
  analyzeDocument({ path: 'a.txt', content: `Published: March 5, 2031\n\n${text}\n`, format: 'txt', userMetadata: { outlet: 'Valley Tribune' } }).assertions.filter(
    (a): a is AuthenticityAssertion => a.kind === 'authenticity',
  );

describe('holders of stances', () => {
  it('gives a stance voiced inside a quote to the speaker named after it, sentences later', () => {
    const [stance] = stances('"The document circulating in the media is fabricated. No such email was ever sent," spokesperson Lena Marchetti said in a statement.');
    expect(stance?.stance).toBe('fake');
    expect(stance?.holder.text).toBe('Lena Marchetti');
  });

  it('takes a capitalised subject the entity tagger missed', () => {
    const found = stances('Brightwell has called the email fabricated, while the Courier says it verified the document with two former employees.');
    expect(found.find((s) => s.stance === 'fake')?.holder.text).toBe('Brightwell');
  });

  it('keeps the outlet as holder when the outlet itself says so', () => {
    const [stance] = stances('The video could not be independently verified.');
    expect(stance?.stance).toBe('unconfirmed');
    expect(stance?.holder.text).toBe('Valley Tribune');
  });
});
