// General English word lists for the claim extractors (attribution, quotes, authenticity, figures, roles).
// Nothing here names a person, place, outlet or date: these lists must work on any story.

/** Reporting verbs, inflected forms mapped to nothing: membership is all we need. Base forms are handled separately. */
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

/** Verbs whose object is the addressee ("told reporters that ..."). */
export const ADDRESSEE_VERBS: readonly string[] = ['told', 'tells', 'telling', 'urged', 'urges', 'urging', 'warned', 'warns', 'warning', 'asked', 'asks'];

/** Verbs that introduce a speaker's reported content on a platform ("posted on X", "wrote on social media"). */
export const PLATFORM_PHRASE = /^\s+on\s+(?:social\s+media|(?:his|her|their|its)\s+(?:official\s+)?\w+(?:\s+account)?|[A-Z]\w*(?:\s+[A-Z]\w*)?)\b/;

/** Adverbs and auxiliaries that may sit between a speaker and the reporting verb. */
export const SPEAKER_VERB_FILLERS: readonly string[] = [
  'also', 'later', 'reportedly', 'allegedly', 'apparently', 'seemingly', 'repeatedly', 'publicly', 'previously',
  'earlier', 'again', 'then', 'once', 'has', 'have', 'himself', 'herself', 'themselves', 'itself', 'openly',
  'separately', 'privately', 'quickly', 'initially', 'subsequently', 'last', 'recently', 'simply', 'flatly',
  'firmly', 'angrily', 'explicitly', 'further', 'first', 'now', 'today', 'yesterday', 'tonight', 'too', 'however',
  'meanwhile', 'even', 'both', 'all', 'who', 'neither', 'never', 'not', 'did not', 'would not', 'had', 'already', 'only', 'just', 'personally', 'directly', 'formally',
  // A recording quoted: "X is heard telling managers that …", "X can be heard saying …".
  'is heard', 'was heard', 'can be heard', 'could be heard', 'is seen', 'was seen',
];

/** Pronouns that can be a speaker. */
export const SPEAKER_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'we', 'i', 'it'];

/** Head nouns of a speaker noun phrase that is not a named entity ("a senior official", "the ministry"). */
export const SPEAKER_HEAD_NOUNS: readonly string[] = [
  'official', 'officials', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'source', 'sources', 'aide',
  'aides', 'diplomat', 'diplomats', 'analyst', 'analysts', 'expert', 'experts', 'lawmaker', 'lawmakers', 'minister',
  'ministry', 'government', 'administration', 'police', 'witness', 'witnesses', 'resident', 'residents', 'statement',
  'report', 'newspaper', 'agency', 'journalist', 'journalists', 'president', 'envoy', 'adviser', 'advisor',
  'advisers', 'advisors', 'prosecutor', 'prosecutors', 'spokespersons', 'critics', 'critic', 'supporters', 'officer',
  'officers', 'authorities', 'military', 'army', 'office', 'department', 'embassy', 'daily', 'outlet',
  'channel', 'broadcaster', 'network', 'paper', 'magazine', 'chief', 'leader', 'leaders', 'lawyer', 'lawyers',
  'attorney', 'representative', 'senator', 'senators', 'member', 'members', 'insider', 'insiders', 'person',
  'people', 'team', 'campaign', 'company', 'firm', 'group', 'council', 'committee', 'commission', 'court', 'judge',
  'investigators', 'investigator', 'negotiator', 'negotiators', 'executive', 'executives', 'reporter',
  'reporters', 'correspondent', 'editor', 'researchers', 'researcher', 'scientists', 'scientist', 'doctor',
  'doctors', 'staff', 'employee', 'employees', 'observers', 'observer', 'counterpart', 'democrats',
  'republicans', 'politicians', 'party', 'camp', 'secretary', 'director', 'head', 'governor', 'mayor',
];

/** Words that start an appositive or relative clause after a name ("X, a former official, said"). */
export const APPOSITIVE_STARTERS = /^\s*(?:a|an|the|who|whose|which|one|another|himself|herself|also|now|then|former|[a-z]+['’]s|[A-Z][\w-]*['’]s)\b/;

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

// ───────────── figures ─────────────

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
};

export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, k: 1e3, tn: 1e12, lakh: 1e5, crore: 1e7,
};

export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '$': 'USD', 'US$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'Rs': 'INR', 'Rs.': 'INR', 'C$': 'CAD', 'A$': 'AUD',
};

export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', rupees: 'INR',
  rubles: 'RUB', roubles: 'RUB', yen: 'JPY', yuan: 'CNY', hryvnias: 'UAH',
};

/** Qualifier phrases before a number, longest first so "more than" wins over "more". */
export const FIGURE_QUALIFIERS: ReadonlyArray<[string, 'at-least' | 'at-most' | 'about' | 'more-than' | 'less-than']> = [
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['a minimum of', 'at-least'], ['as many as', 'at-most'],
  ['up to', 'at-most'], ['at most', 'at-most'], ['no more than', 'at-most'], ['a maximum of', 'at-most'],
  ['more than', 'more-than'], ['over', 'more-than'], ['upwards of', 'more-than'], ['in excess of', 'more-than'],
  ['fewer than', 'less-than'], ['less than', 'less-than'], ['under', 'less-than'], ['nearly', 'less-than'],
  ['almost', 'less-than'], ['just under', 'less-than'], ['about', 'about'], ['around', 'about'], ['roughly', 'about'],
  ['approximately', 'about'], ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['close to', 'about'],
  ['circa', 'about'], ['approx.', 'about'],
];

/** Verbs and nouns of casualty counts ("killed at least 30 people", "30 dead"). */
export const CASUALTY_WORDS: readonly string[] = [
  'killed', 'dead', 'died', 'injured', 'wounded', 'hurt', 'missing', 'arrested', 'detained', 'displaced',
  'evacuated', 'rescued', 'hospitalised', 'hospitalized', 'captured', 'deaths', 'fatalities', 'casualties',
];

export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/** Words that end a counted noun phrase. */
export const PHRASE_STOP_WORDS: readonly string[] = [
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'that', 'which', 'who', 'as',
  'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'will', 'would', 'could', 'should', 'may', 'might',
  'the', 'a', 'an', 'than', 'into', 'over', 'after', 'before', 'during', 'since', 'while', 'when', 'where', 'this',
  'these', 'those', 'its', 'their', 'his', 'her', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'not', 'so', 'if',
  'did', 'do', 'does', 'can', 'about', 'between', 'across', 'per', 'each', 'ago', 'later', 'earlier', 'more', 'less',
  'said', 'says', 'told', 'also', 'then', 'there', 'here', 'under', 'through', 'against', 'among', 'without',
];

// ───────────── roles ─────────────

/** Head nouns of a role or title ("special envoy", "Deputy Foreign Minister"). */
export const ROLE_NOUNS: readonly string[] = [
  'president', 'minister', 'secretary', 'director', 'envoy', 'adviser', 'advisor', 'aide', 'spokesman',
  'spokeswoman', 'spokesperson', 'representative', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'governor',
  'mayor', 'chief', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chair', 'head', 'official', 'ambassador',
  'diplomat', 'commander', 'general', 'leader', 'journalist', 'reporter', 'editor', 'analyst', 'officer',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'judge', 'attorney', 'lawyer', 'founder', 'co-founder',
  'executive', 'economist', 'negotiator', 'counsel', 'strategist', 'professor', 'researcher', 'correspondent',
  'republican', 'democrat', 'speaker', 'premier', 'emir', 'sheikh', 'commissioner', 'prosecutor', 'administrator',
  'deputy', 'undersecretary', 'under-secretary', 'coordinator', 'consultant', 'columnist', 'commentator', 'author',
  'owner', 'partner', 'manager', 'inspector', 'marshal', 'admiral', 'colonel', 'captain', 'sergeant', 'lieutenant',
  'mp', 'mep', 'legislator', 'member', 'candidate', 'nominee', 'pope', 'cardinal', 'bishop', 'rabbi', 'imam',
  'activist', 'investor', 'billionaire', 'businessman', 'businesswoman', 'tycoon', 'oligarch', 'dealmaker',
  'confidant', 'ally', 'critic', 'son-in-law', 'daughter', 'son', 'wife', 'husband', 'whistleblower', 'historian',
  'scholar', 'fellow', 'expert', 'specialist', 'operative', 'agent', 'spy', 'staffer', 'veteran',
];

/** Modifiers that may lead a role ("former", "acting", "senior"). Capitalised words are accepted anyway. */
export const ROLE_MODIFIERS: readonly string[] = [
  'former', 'acting', 'deputy', 'senior', 'special', 'top', 'chief', 'presidential', 'foreign', 'policy', 'economic',
  'national', 'security', 'investment', 'missions', 'mission', 'peace', 'state', 'vice', 'assistant', 'associate',
  'interim', 'outgoing', 'incoming', 'longtime', 'long-time', 'veteran', 'leading', 'prominent', 'key', 'close',
  'retired', 'then', 'newly', 'appointed', 'elected', 'junior', 'trade', 'defence', 'defense', 'intelligence',
  'military', 'political', 'press', 'communications', 'executive', 'general', 'managing', 'station', 'and', 'of',
  'for', 'affairs', 'relations', 'energy', 'finance', 'justice', 'health', 'interior', 'climate', 'cooperation',
  'with', 'countries', 'high-ranking', 'high', 'ranking', 'regional', 'federal', 'party', 'opposition', 'ruling',
  'cabinet', 'co', 'head', 'lead', 'main', 'personal', 'trusted', 'informal', 'unofficial',
];
