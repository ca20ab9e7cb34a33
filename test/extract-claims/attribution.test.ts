import { describe, it, expect } from 'vitest';
import { run } from './helpers.js';
import { attributionExtractor } from '../../src/extract/attribution.js';
import type { StatementAssertion } from '../../src/types.js';

const statements = (text: string, mentions?: string[]) =>
  run<StatementAssertion>(attributionExtractor, text, mentions ? { mentions } : {});

describe('attribution: positives', () => {
  it.each([
    // [sentence, mentions, speaker, verb, content fragment, addressee]
    ['Maria Lopez said that the bridge would reopen in May.', ['Maria Lopez'], 'Maria Lopez', 'said', 'the bridge would reopen in May', undefined],
    ['The bridge will reopen in May, Maria Lopez said.', ['Maria Lopez'], 'Maria Lopez', 'said', 'The bridge will reopen in May', undefined],
    ['“We are ready,” said Tom Baker, a union leader.', ['Tom Baker'], 'Tom Baker', 'said', 'We are ready', undefined],
    ['The mayor told reporters that the budget was balanced.', [], 'The mayor', 'told', 'the budget was balanced', 'reporters'],
    ['“This is unacceptable,” Ivan Petrov told state media.', ['Ivan Petrov'], 'Ivan Petrov', 'told', 'This is unacceptable', 'state media'],
    ['Anna Berg, a former diplomat, told The Times that talks had stalled.', ['Anna Berg', 'The Times'], 'Anna Berg', 'told', 'talks had stalled', 'The Times'],
    ['A senior official, however, told the newspaper that the leak came from abroad.', [], 'A senior official', 'told', 'the leak came from abroad', 'the newspaper'],
    ['European officials told the agency that the plan could fail.', [], 'European officials', 'told', 'the plan could fail', 'the agency'],
    ['The plan was flawed, a former intelligence official who asked not to be named said.', [], 'a former intelligence official', 'said', 'The plan was flawed', undefined],
    ['“It is the worst leak in years,” Sam Reed posted on X.', ['Sam Reed'], 'Sam Reed', 'posted', 'It is the worst leak in years', undefined],
    ['Lena Fox wrote on social media that the vote was rigged.', ['Lena Fox'], 'Lena Fox', 'wrote', 'the vote was rigged', undefined],
    ['Karl Weiss accused the ministry of hiding the report.', ['Karl Weiss'], 'Karl Weiss', 'accused', 'the ministry of hiding the report', undefined],
    ['The Herald said it had reviewed the documents.', ['The Herald'], 'The Herald', 'said', 'it had reviewed the documents', undefined],
    ['He said the talks would continue next week.', [], 'He', 'said', 'the talks would continue next week', undefined],
    ['“We will not stop,” she said during the rally.', [], 'she', 'said', 'We will not stop', undefined],
    ['“Seven were shot,” said Rochester police chief Michael Ciminelli.', ['Rochester', 'Michael Ciminelli'], 'Michael Ciminelli', 'said', 'Seven were shot', undefined],
    ['Police chief Dan Roe, 52, said the suspect had fled.', ['Dan Roe'], 'Dan Roe', 'said', 'the suspect had fled', undefined],
    ['Omar Haddad reportedly said in the meeting that the deal was dead.', ['Omar Haddad'], 'Omar Haddad', 'said', 'the deal was dead', undefined],
    ['Nina Ross on Tuesday denied that she had met the donor.', ['Nina Ross'], 'Nina Ross', 'denied', 'she had met the donor', undefined],
  ])('%s', (text, mentions, speaker, verb, content, addressee) => {
    const found = statements(text, mentions).find((s) => s.verb === verb);
    expect(found, 'statement found').toBeDefined();
    expect(found!.speaker?.text).toBe(speaker);
    expect(found!.content).toContain(content);
    expect(found!.addressee).toBe(addressee);
    expect(found!.normalized).toBe(found!.normalized.toLowerCase());
    expect(found!.subject).toContain(speaker);
  });

  it('takes the speaker of "according to X" and strips the phrase from the content', () => {
    const [s] = statements('According to the Chronicle, the factory will close in June.', ['Chronicle']);
    expect(s?.speaker?.text).toBe('Chronicle');
    expect(s?.content).toBe('the factory will close in June');
  });

  it('keeps the outer reporter of nested reported speech as source', () => {
    const out = statements('The Post reported that Jane Hill said the merger was off.', ['The Post', 'Jane Hill']);
    expect(out).toHaveLength(1);
    expect(out[0]!.speaker?.text).toBe('Jane Hill');
    expect(out[0]!.subject).toContain('The Post');
  });

  it('attributes a participle clause to the main-clause subject', () => {
    const out = statements('Meanwhile, Russia’s deputy minister Oleg Sokol downplayed the row, saying the leak changed nothing.', ['Russia', 'Oleg Sokol']);
    const saying = out.find((s) => s.verb === 'saying');
    expect(saying?.speaker?.text).toBe('Oleg Sokol');
    expect(saying?.content).toBe('the leak changed nothing');
  });

  it('finds an appositive speaker (seed)', () => {
    const out = statements('Russian Direct Investment Fund CEO Kirill Dmitriev, a Putin investment envoy, said that Bloomberg\'s report on an October 29 call between him and Ushakov was "fake".', ['Kirill Dmitriev', 'Putin', 'Bloomberg', 'Ushakov']);
    expect(out[0]?.speaker?.text).toBe('Kirill Dmitriev');
  });

  it('does not treat the outlet of a document as speaker when it is not the subject', () => {
    const out = statements('Officials in the city said the water was safe.', []);
    expect(out.every((s) => s.speaker?.text !== 'the outlet')).toBe(true);
  });
});

describe('attribution: negatives', () => {
  it.each([
    'Questions have arisen about who could have made the audio of the recording public.',
    'The two phone calls were leaked last week.',
    'There was nothing wrong with what was said in the transcript.',
    'The so-called peace plan has 28 points.',
    'The United States and its allies met in Geneva.',
    'Reports of the meeting circulated widely.',
    'STORY CONTINUES BELOW THIS AD',
  ])('%s', (text) => {
    expect(statements(text)).toEqual([]);
  });
});
