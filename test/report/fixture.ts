// A small but realistic report: two articles about a leaked phone call that disagree on its date
// and on whether the recording is genuine.
import type { Disagreement, Report, Span } from '../../src/types.js';

export const WIRE = 'corpus/001_wire.txt';
export const DAILY = 'corpus/002_daily.txt';

const LONG_SENTENCE =
  'According to a transcript reviewed by the agency and shared with several European diplomats on condition of anonymity, the envoy spoke with the Kremlin aide on October 14, days before the summit that both sides had been preparing for weeks, and advised him on how to approach the president.';

export function span(path: string, line: number, column: number, text: string, excerpt?: string, extra: Partial<Span> = {}): Span {
  return {
    docId: path === WIRE ? 'doc-wire' : 'doc-daily',
    path,
    line,
    column,
    endLine: line,
    endColumn: column + (excerpt ?? text).length,
    text,
    ...(excerpt === undefined ? {} : { excerpt }),
    ...extra,
  };
}

export const dateDisagreement: Disagreement = {
  id: 'd-date-7f3a91',
  kind: 'date',
  severity: 'high',
  topic: 'Date of the call between Steve Witkoff and Yuri Ushakov',
  positions: [
    {
      value: '2025-10-14',
      label: 'October 14, 2025 (per Wire Service)',
      outlets: ['Wire Service'],
      documents: [WIRE],
      evidence: [span(WIRE, 12, 5, LONG_SENTENCE, 'October 14')],
      inferred: false,
    },
    {
      value: '2025-10-12',
      label: 'October 12, 2025 (per Daily Ledger)',
      outlets: ['Daily Ledger'],
      documents: [DAILY],
      evidence: [span(DAILY, 7, 1, 'The call took place on Sunday, October 12, a recording shows.', 'October 12')],
      inferred: false,
    },
  ],
  selfInconsistent: [],
  inferredOnly: false,
  confidence: 0.9,
  reasons: ['the same call: the same 2 participants in every article'],
};

export const authenticityDisagreement: Disagreement = {
  id: 'd-auth-02bc44',
  kind: 'authenticity',
  severity: 'medium',
  // Carries the characters that workflow commands must escape: %, :, comma and a newline.
  topic: 'Authenticity of the recording: 100% genuine, says one side,\nfake says the other',
  positions: [
    {
      value: 'authentic',
      label: 'authentic (per Wire Service)',
      outlets: ['Wire Service'],
      documents: [WIRE],
      evidence: [span(WIRE, 20, 1, 'The agency has verified the recording as authentic.', 'verified the recording as authentic')],
      inferred: false,
    },
    {
      value: 'fake',
      label: 'fake (per Kremlin spokesman, in Daily Ledger)',
      outlets: ['Daily Ledger'],
      documents: [DAILY],
      evidence: [
        span(DAILY, 15, 3, 'A Kremlin spokesman dismissed the recording as a fake.', 'a fake', { caption: false }),
        span(DAILY, 18, 1, 'Photo: the spokesman, who called the recording a fabrication, in Moscow.', 'a fabrication', { caption: true }),
      ],
      inferred: false,
    },
  ],
  selfInconsistent: [],
  inferredOnly: false,
  confidence: 0.9,
  reasons: ['the same call: the same 2 participants in every article'],
};

export const inferredOnlyDisagreement: Disagreement = {
  id: 'd-date-inferred-55e0',
  kind: 'date',
  severity: 'low',
  topic: 'Date of the meeting between the envoy and the president',
  positions: [
    {
      value: '2025-10-16',
      label: 'Thursday, resolved to October 16, 2025 (per Wire Service)',
      outlets: ['Wire Service'],
      documents: [WIRE],
      evidence: [span(WIRE, 30, 9, 'The two men met on Thursday at the White House.', 'on Thursday')],
      inferred: true,
    },
    {
      value: '2025-10-17',
      label: 'Friday, resolved to October 17, 2025 (per Daily Ledger)',
      outlets: ['Daily Ledger'],
      documents: [DAILY],
      evidence: [span(DAILY, 25, 14, 'They met on Friday, and again, briefly, on Thursday.', 'on Friday')],
      inferred: true,
    },
  ],
  selfInconsistent: [DAILY],
  inferredOnly: true,
  confidence: 0.45,
  reasons: ['the conflict rests only on inferred dates (a weekday or year resolved by crosscheck)'],
};

/** A fresh deep copy each call, so a test may mutate it freely. */
export function makeReport(): Report {
  return structuredClone(baseReport());
}

function baseReport(): Report {
  return {
    schemaVersion: '2.0.0',
    tool: { name: 'crosscheck', version: '0.1.0' },
    documents: [
      {
        id: 'doc-wire',
        path: WIRE,
        outlet: 'Wire Service',
        outletSource: 'front-matter',
        published: '2025-11-26',
        publishedSource: 'text',
        title: 'Envoy coached Kremlin aide on call, transcript shows',
        sentences: 42,
        assertions: 17,
      },
      {
        id: 'doc-daily',
        path: DAILY,
        outlet: 'Daily Ledger',
        outletSource: 'user',
        published: null,
        publishedSource: null,
        title: null,
        sentences: 30,
        assertions: 11,
      },
    ],
    skipped: [{ path: 'corpus/notes.pdf', reason: 'unsupported format (.pdf)' }],
    entities: [
      { id: 'e1', name: 'Steve Witkoff', type: 'person', aliases: ['Witkoff'] },
      { id: 'e2', name: 'Yuri Ushakov', type: 'person', aliases: ['Ushakov'] },
    ],
    events: [
      {
        id: 'ev-meeting',
        type: 'meeting',
        date: '2025-10-17',
        label: 'Meeting between the envoy and the president',
        participants: ['Steve Witkoff', 'Donald Trump'],
        outlets: ['Daily Ledger'],
        conflictingDates: [],
        inferred: true,
        evidence: [span(DAILY, 25, 14, 'They met on Friday, and again, briefly, on Thursday.', 'on Friday')],
      },
      {
        id: 'ev-call',
        type: 'communication',
        date: '2025-10-14',
        label: 'Call between Steve Witkoff and Yuri Ushakov',
        participants: ['Steve Witkoff', 'Yuri Ushakov'],
        outlets: ['Wire Service'],
        conflictingDates: ['2025-10-12'],
        inferred: false,
        evidence: [span(WIRE, 12, 5, LONG_SENTENCE, 'October 14')],
      },
    ],
    assertions: [
      {
        id: 'doc-wire:event:1',
        kind: 'event',
        docId: 'doc-wire',
        sentenceIndex: 11,
        subject: 'call between Steve Witkoff and Yuri Ushakov',
        value: 'October 14',
        normalized: '2025-10-14',
        inferred: ['year-from-publication'],
        evidence: [span(WIRE, 12, 5, LONG_SENTENCE, 'October 14')],
        eventType: 'communication',
        trigger: 'spoke',
        participants: [
          { text: 'the envoy', entityId: 'e1', name: 'Steve Witkoff' },
          { text: 'the Kremlin aide', entityId: 'e2', name: 'Yuri Ushakov' },
        ],
        time: {
          start: 180,
          end: 190,
          text: 'October 14',
          type: 'DATE',
          value: '2025-10-14',
          granularity: 'day',
          range: { start: '2025-10-14', end: '2025-10-14' },
          inferred: ['year-from-publication'],
        },
      },
      {
        id: 'doc-daily:statement:1',
        kind: 'statement',
        docId: 'doc-daily',
        sentenceIndex: 3,
        subject: 'Kremlin spokesman on the recording',
        value: 'dismissed the recording as a fake',
        normalized: 'fake',
        inferred: [],
        speaker: { text: 'A Kremlin spokesman' },
        evidence: [span(DAILY, 15, 3, 'A Kremlin spokesman dismissed the recording as a fake.')],
        verb: 'dismissed',
        content: 'the recording as a fake',
        time: null,
      },
      {
        id: 'doc-wire:quote:1',
        kind: 'quote',
        docId: 'doc-wire',
        sentenceIndex: 14,
        subject: 'remark by Steve Witkoff',
        value: 'stop where they are',
        normalized: 'stop where they are',
        inferred: [],
        speaker: { text: 'Witkoff', entityId: 'e1', name: 'Steve Witkoff' },
        evidence: [span(WIRE, 15, 1, 'He said both sides should "stop where they are".', 'stop where they are')],
        quote: 'stop where they are',
        partial: true,
      },
      {
        id: 'doc-wire:authenticity:1',
        kind: 'authenticity',
        docId: 'doc-wire',
        sentenceIndex: 19,
        subject: 'recording of the call',
        value: 'verified as authentic',
        normalized: 'authentic',
        inferred: [],
        evidence: [span(WIRE, 20, 1, 'The agency has verified the recording as authentic.')],
        stance: 'authentic',
        holder: { text: 'Wire Service' },
        target: 'recording',
        qualifiers: [],
      },
      {
        id: 'doc-daily:figure:1',
        kind: 'figure',
        docId: 'doc-daily',
        sentenceIndex: 8,
        subject: 'point plan',
        value: '28-point',
        normalized: '28',
        inferred: [],
        evidence: [span(DAILY, 9, 1, 'The 28-point plan was drafted in October.')],
        quantity: 28,
        qualifier: 'exact',
        unit: null,
        counted: 'point plan',
      },
      {
        id: 'doc-wire:role:1',
        kind: 'role',
        docId: 'doc-wire',
        sentenceIndex: 1,
        subject: 'Steve Witkoff',
        value: 'special envoy',
        normalized: 'special envoy',
        inferred: [],
        evidence: [span(WIRE, 2, 1, 'Special envoy Steve Witkoff spoke first.')],
        person: { text: 'Steve Witkoff', entityId: 'e1' },
        role: 'special envoy',
      },
    ],
    // Deliberately not in severity order: formatters must sort.
    disagreements: [inferredOnlyDisagreement, authenticityDisagreement, dateDisagreement],
    warnings: [{ code: 'no-publication-date', message: 'No publication date found; relative dates left unresolved.', path: DAILY, line: 1 }],
    summary: {
      documentsChecked: 2,
      documentsSkipped: 1,
      assertions: 28,
      disagreements: { high: 1, medium: 1, low: 1 },
      belowConfidence: 0,
      minConfidence: 0,
    },
  };
}

/** A report with the same findings as `makeReport` but nothing to disagree about. */
export function makeQuietReport(): Report {
  const report = makeReport();
  return { ...report, disagreements: [], warnings: [], summary: { ...report.summary, disagreements: { high: 0, medium: 0, low: 0 } } };
}
