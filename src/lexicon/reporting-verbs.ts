// Verbs that report speech, and the narrower or wider lists each stage needs. One base list; every other list
// here is a declared subset of it plus, where a stage needs them, a few named extra words.
import { subsetOf } from './subset.js';

/**
 * Finite forms of the verbs that report what someone said ("said", "denies", "tweeted"), plus "telling" and
 * "saying". The claim extractors' attribution parser (extract/speakers.ts) looks for these.
 */
export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'claimed', 'claims', 'denied', 'denies',
  'dismissed', 'dismisses', 'called', 'calls', 'posted', 'posts', 'wrote', 'writes', 'accused', 'accuses',
  'suggested', 'suggests', 'noted', 'notes', 'argued', 'argues', 'insisted', 'insists', 'warned', 'warns',
  'urged', 'urges', 'admitted', 'admits', 'acknowledged', 'acknowledges', 'confirmed', 'confirms', 'announced',
  'announces', 'reported', 'reports', 'explained', 'explains', 'asserted', 'asserts', 'maintained', 'maintains',
  'tweeted', 'tweets', 'hinted', 'hints', 'indicated', 'indicates', 'alleged', 'alleges', 'described', 'describes',
  'replied', 'replies', 'responded', 'responds', 'declared', 'declares', 'stressed', 'stresses', 'emphasised',
  'emphasized', 'conceded', 'concedes', 'disputed', 'disputes', 'rejected', 'rejects', 'criticised', 'criticized',
  'criticizes', 'criticises', 'condemned', 'condemns', 'commented', 'remarked', 'recalled', 'revealed', 'reveals',
  'predicted', 'vowed', 'pledged', 'promised', 'countered', 'complained', 'wondered', 'asked', 'asks', 'cautioned',
  'contended', 'observed', 'estimated', 'believes', 'believed', 'telling', 'saying',
];

/** Participles that report speech of the main clause's subject (", saying the leak changed nothing"). */
export const REPORTING_PARTICIPLES: readonly string[] = [
  'saying', 'calling', 'describing', 'telling', 'adding', 'insisting', 'arguing', 'noting', 'warning', 'claiming',
  'accusing', 'suggesting', 'stating', 'stressing', 'urging', 'denying', 'dismissing', 'declaring', 'writing',
  'explaining', 'asserting', 'admitting', 'acknowledging', 'labelling', 'labeling', 'citing',
];

/** Forms of the verbs whose object is the addressee ("told reporters that …", "urging allies to …"). */
export const ADDRESSEE_VERBS: readonly string[] = [...new Set([...REPORTING_VERBS, ...REPORTING_PARTICIPLES])].filter((verb) =>
  /^(?:told|tell|urg|warn|ask)/.test(verb),
);

/**
 * Verbs that take a stance rather than report content ("downplayed the leak", "praised the deal"): dating one
 * dates a statement, but the attribution parser does not take what follows them as reported content.
 */
const STANCE_VERBS: readonly string[] = ['downplayed', 'praised'];

/**
 * Verbs that date a statement by a named speaker (an event of type `statement`, extract/events.ts). Narrower
 * than REPORTING_VERBS on purpose: "promised to visit", "conceded … in a call" or "called X" make their subject a
 * participant of another event, not only a speaker.
 */
export const STATEMENT_VERBS: readonly string[] = [
  ...subsetOf(REPORTING_VERBS, [
    'said', 'says', 'told', 'stated', 'announced', 'confirmed', 'denied', 'dismissed', 'accused', 'warned',
    'insisted', 'added', 'claimed', 'suggested', 'hinted', 'wrote', 'posted', 'declared', 'admitted', 'acknowledged',
    'argued', 'rejected', 'condemned', 'criticised', 'criticized', 'urged', 'vowed', 'noted',
  ]),
  ...STANCE_VERBS,
];

/**
 * Verbs that make the name before them one that speaks or acts on the record ("X dismissed", "X published"), for
 * typing an unknown name (text/names/classify.ts): the common reporting verbs plus acts of an organisation's record.
 */
export const PUBLIC_ACT_VERBS: readonly string[] = [
  ...subsetOf(REPORTING_VERBS, [
    'said', 'says', 'told', 'tells', 'added', 'stated', 'wrote', 'writes', 'posted', 'claimed', 'claims', 'denied',
    'denies', 'confirmed', 'confirms', 'warned', 'noted', 'replied', 'announced', 'announces', 'dismissed',
    'dismisses', 'rejected', 'rejects', 'reported', 'reports', 'revealed', 'recalled', 'insisted', 'argued',
    'accused', 'admitted', 'acknowledged', 'responded', 'called', 'described', 'urged', 'asked',
  ]),
  // Acts of record that report nothing said: an organisation publishes, verifies, issues, declines.
  'published', 'publishes', 'verified', 'disclosed', 'issued', 'recalls', 'apologised', 'apologized', 'declined', 'refused',
];

/**
 * Words that may stand between a subject and its verb ("X on Wednesday dismissed", "X has also said"), for typing
 * the name before PUBLIC_ACT_VERBS (text/names/classify.ts).
 */
export const SUBJECT_VERB_FILLERS: ReadonlySet<string> = new Set([
  'on', 'last', 'this', 'late', 'early', 'has', 'have', 'had', 'also', 'later', 'earlier', 'again', 'previously',
  'recently', 'yesterday', 'today', 'now', 'then', 'quickly', 'swiftly', 'publicly', 'formally', 'officially',
]);

/**
 * Words that, right after an unknown capitalised word, suggest it names an actor ("Smith said", "Smith met",
 * "Smith himself"), for typing it a person (text/names/classify.ts).
 */
export const ACTOR_WORDS: readonly string[] = [
  ...subsetOf(REPORTING_VERBS, [
    'said', 'says', 'told', 'tells', 'added', 'stated', 'wrote', 'writes', 'posted', 'claimed', 'claims',
    'denied', 'denies', 'confirmed', 'confirms', 'urged', 'suggested', 'called', 'asked', 'argued',
    'insisted', 'warned', 'noted', 'explained', 'replied', 'tweeted', 'accused', 'admitted', 'acknowledged',
    'announced', 'dismissed', 'described', 'recalled', 'responded',
  ]),
  // Acts only a person does in person, and what follows a person's name as its subject.
  'met', 'spoke', 'speaks', 'advised', 'himself', 'herself', 'who',
];
