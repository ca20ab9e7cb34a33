// Words of authenticity stances ("the recording is fake", "officials confirmed the authenticity of the memo"),
// for extract/authenticity.ts.
import { subsetOf } from './subset.js';

/** Hedges kept as qualifiers on authenticity stances and statements. */
export const HEDGES: readonly string[] = [
  'seemingly', 'reportedly', 'allegedly', 'apparently', 'appeared to', 'appears to', 'purportedly', 'supposedly',
  'ostensibly', 'effectively', 'implicitly', 'indirectly', 'partially', 'partly', 'largely', 'explicitly',
];

/** Things whose authenticity can be judged. */
export const AUTHENTICITY_TARGETS: readonly string[] = [
  'recording', 'recordings', 'audio', 'audios', 'transcript', 'transcripts', 'tape', 'tapes', 'video', 'videos',
  'footage', 'document', 'documents', 'report', 'reports', 'call', 'calls', 'leak', 'leaks', 'photo', 'photos',
  'photograph', 'photographs', 'picture', 'pictures', 'image', 'images', 'email', 'emails', 'e-mail', 'e-mails',
  'memo', 'memos', 'letter', 'letters', 'file', 'files', 'message', 'messages', 'texts', 'conversation',
  'conversations', 'clip', 'clips', 'screenshot', 'screenshots', 'dossier', 'dossiers', 'cable', 'cables',
  'quote', 'quotes', 'quotation', 'account', 'story', 'stories', 'material', 'materials', 'papers', 'chat', 'chats',
  'voicemail', 'voice', 'note', 'notes', 'minutes', 'excerpt', 'excerpts', 'post', 'posts', 'tweet', 'tweets',
  'claim', 'claims', 'allegations', 'evidence', 'signature', 'signatures', 'diary', 'log', 'logs', 'record', 'records',
  'article', 'articles', 'rumor', 'rumors', 'rumour', 'rumours', 'hoax', 'hoaxes', 'suggestion',
];

/** Adjectives and nouns that say something is genuine. */
export const AUTHENTIC_WORDS: readonly string[] = ['authentic', 'genuine', 'real', 'legitimate', 'accurate', 'true', 'unaltered', 'verified'];

/** Adjectives and nouns that say something is not genuine. */
export const FAKE_WORDS: readonly string[] = [
  'fake', 'fakes', 'fabricated', 'fabrication', 'fabrications', 'forged', 'forgery', 'forgeries', 'doctored', 'false',
  'hoax', 'bogus', 'manipulated', 'deepfake', 'deepfakes', 'altered', 'falsified', 'inauthentic', 'fraudulent',
  'counterfeit', 'phony', 'phoney', 'staged', 'made up', 'made-up', 'invented', 'untrue', 'a lie', 'lies', 'fiction',
];

/** Nouns naming the property judged ("the authenticity of ..."). */
export const AUTHENTICITY_NOUNS: readonly string[] = ['authenticity', 'accuracy', 'veracity', 'genuineness', 'credibility', 'integrity'];

/** Targets that name an event or a claim ("the call", "the leak", "the story"), as opposed to records that can be reviewed, confirmed or doctored. */
export const EVENT_TARGETS: ReadonlySet<string> = new Set(
  subsetOf(AUTHENTICITY_TARGETS, [
    'call', 'calls', 'conversation', 'conversations', 'leak', 'leaks', 'claim', 'claims', 'allegations', 'account',
    'story', 'stories', 'rumor', 'rumors', 'rumour', 'rumours', 'hoax', 'hoaxes', 'suggestion',
  ]),
);
