import { describe, it, expect } from 'vitest';
import { run } from './helpers.js';
import { authenticityExtractor } from '../../src/extract/authenticity.js';
import type { AuthenticityAssertion } from '../../src/types.js';

const stances = (text: string, mentions?: string[]) =>
  run<AuthenticityAssertion>(authenticityExtractor, text, { outlet: 'The Daily Ledger', ...(mentions ? { mentions } : {}) });

describe('authenticity: seed sentences', () => {
  it.each([
    ['Ushakov, who was on both of the calls, seemingly confirmed the authenticity of the recordings on Wednesday (November 26).', ['Ushakov'], 'authentic', 'Ushakov', 'recordings', ['seemingly']],
    ['However, he did not explicitly confirm or deny the accuracy of the transcript.', [], 'unconfirmed', 'he', 'transcript', []],
    ['Kirill Dmitriev dismissed the transcript outright as “fake,” without offering further details.', ['Kirill Dmitriev'], 'fake', 'Kirill Dmitriev', 'transcript', []],
    ['President Trump did not dispute the authenticity of the transcript.', ['President Trump'], 'authentic', 'President Trump', 'transcript', ['did not dispute']],
    ['Russian Direct Investment Fund CEO Kirill Dmitriev, a Putin investment envoy, said that Bloomberg\'s report on an October 29 call between him and Ushakov was "fake".', ['Kirill Dmitriev', 'Putin', 'Bloomberg', 'Ushakov'], 'fake', 'Kirill Dmitriev', 'report on an October 29 call between him and Ushakov', []],
  ])('%s', (text, mentions, stance, holder, target, qualifiers) => {
    const out = stances(text, mentions);
    expect(out).toHaveLength(1);
    expect(out[0]!.stance).toBe(stance);
    expect(out[0]!.normalized).toBe(stance);
    expect(out[0]!.holder.text).toBe(holder);
    expect(out[0]!.speaker?.text).toBe(holder);
    expect(out[0]!.target).toBe(target);
    expect(out[0]!.qualifiers).toEqual(qualifiers);
    expect(out[0]!.subject).toBe(`authenticity of ${target}`);
  });

  it('resolves "some of it" to the target of the previous sentence', () => {
    const text = 'Ushakov seemingly confirmed the authenticity of the recordings on Wednesday. However, he claimed some of it was “fake”.';
    const out = stances(text, ['Ushakov']);
    const fake = out.find((a) => a.stance === 'fake');
    expect(fake?.holder.text).toBe('he');
    expect(fake?.target).toBe('recordings');
    expect(fake?.sentenceIndex).toBe(1);
  });
});

describe('authenticity: other stories', () => {
  it.each([
    ['The video could not be independently verified.', [], 'unconfirmed', 'The Daily Ledger', 'video'],
    ['The ministry said the emails had been doctored.', [], 'fake', 'The ministry', 'emails'],
    ['Senator Ann Cole called the memo a forgery.', ['Ann Cole'], 'fake', 'Ann Cole', 'memo'],
    ['Police said the photo was not fake.', ['Police'], 'authentic', 'Police', 'photo'],
    ['The spokesman neither confirmed nor denied that the letter was genuine.', [], 'unconfirmed', 'The spokesman', 'letter'],
    ['The Ledger has verified the footage, which shows soldiers crossing the river.', ['The Ledger'], 'authentic', 'The Ledger', 'footage'],
    ['The Ledger obtained and verified the 23-minute recording.', ['The Ledger'], 'authentic', 'The Ledger', 'recording'],
    ['The company denied the authenticity of the leaked emails.', [], 'fake', 'The company', 'emails'],
    ['Lawyers for the mayor questioned the authenticity of the tape.', [], 'unconfirmed', 'Lawyers', 'tape'],
    ['A government spokeswoman said the document was authentic.', [], 'authentic', 'A government spokeswoman', 'document'],
    ['The campaign dismissed the screenshots as fabricated.', [], 'fake', 'The campaign', 'screenshots'],
    ['The authenticity of the diary has not been confirmed.', [], 'unconfirmed', 'The Daily Ledger', 'diary'],
    // The wording of debunking articles (written after reading the development claim clusters, not copied).
    ['A spokesman said there was no truth to the claims.', [], 'fake', 'A spokesman', 'claims'],
    ['The Clarion debunked the racy story.', ['The Clarion'], 'fake', 'The Clarion', 'story'],
    ['A hoax story about a singer being arrested has fooled thousands of readers.', [], 'fake', 'The Daily Ledger', 'hoax story'],
    ['The story is a hoax, Ann Cole said.', ['Ann Cole'], 'fake', 'Ann Cole', 'story'],
    ['The report that the mayor had resigned was not true.', [], 'fake', 'The Daily Ledger', 'report'],
  ])('%s', (text, mentions, stance, holder, target) => {
    const out = stances(text, mentions);
    expect(out.map((a) => [a.stance, a.holder.text, a.target])).toContainEqual([stance, holder, target]);
    expect(out.filter((a) => a.stance !== stance)).toEqual([]);
  });
});

describe('authenticity: negatives', () => {
  it.each([
    'If confirmed as authentic, the leaked conversation suggests Russia views personal diplomacy as central.',
    'If the recording is genuine, the minister must resign.',
    'Is it fake?',
    'Is the video real or fake?',
    'Questions have arisen about who could have made the audio of the recording public.',
    'The president slammed the fake news media.',
    'Cheung said that there was "nothing wrong" with what was said in the "supposed" transcript.',
    'It is also notable that the paper obtained the audio of the recordings and not just a transcript.',
    'The minister confirmed that talks would resume on Monday.',
    'He said the claims about his health were the real story.',
    // Reviewing, examining or listening to a recording is not vouching for it.
    'Bloomberg said it had “reviewed and transcribed audio” of the two phone calls but did not reveal how it obtained them.',
    'The paper said it had reviewed the recording but did not say how it got access to it.',
    'Investigators examined the video frame by frame.',
    // A concessive 'it is true that …' points ahead to a clause, not back to an item.
    'While it is true that the singer interrupted the speech at the awards, the video was widely shared.',
  ])('%s', (text) => {
    expect(stances(text, [])).toEqual([]);
  });
});

describe('authenticity: open stances', () => {
  it('reads "neither embracing nor rejecting the authenticity" as unconfirmed', () => {
    const out = stances('The responses, neither embracing nor fully rejecting the authenticity of the transcript, fueled speculation.', []);
    expect(out.map((a) => a.stance)).toEqual(['unconfirmed']);
  });
});
