// How a speaker appears around a reporting verb ("X, a former official, reportedly told …", "a senior
// official said"), for the attribution parser in extract/speakers.ts.

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
