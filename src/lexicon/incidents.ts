// Kinds of incident (a quake, a blast, a verdict, an arrest) by the words that name them. extract/events.ts finds
// them; align/ and compare/ match incidents of one kind across articles.

// Incidents by the word that names them, mapped to one kind so that "quake" and "earthquake" meet.
export const INCIDENT_NOUNS: Readonly<Record<string, string>> = {
  earthquake: 'earthquake', quake: 'earthquake', tremor: 'earthquake', aftershock: 'aftershock',
  explosion: 'explosion', blast: 'explosion', bombing: 'attack', attack: 'attack', airstrike: 'airstrike', 'air strike': 'airstrike',
  shooting: 'shooting', fire: 'fire', blaze: 'fire', wildfire: 'fire', flood: 'flood', flooding: 'flood', landslide: 'landslide',
  hurricane: 'storm', typhoon: 'storm', cyclone: 'storm', storm: 'storm', tornado: 'tornado', eruption: 'eruption',
  crash: 'crash', collision: 'crash', derailment: 'crash', verdict: 'verdict', conviction: 'verdict', acquittal: 'verdict',
  sentencing: 'sentencing', arrest: 'arrest', indictment: 'indictment', ruling: 'ruling', resignation: 'resignation',
  election: 'election', referendum: 'referendum', recall: 'recall', launch: 'launch', coup: 'coup',
};
export const INCIDENT_VERBS: Readonly<Record<string, string>> = {
  convicted: 'verdict', 'found guilty': 'verdict', acquitted: 'verdict', sentenced: 'sentencing', arrested: 'arrest',
  indicted: 'indictment', resigned: 'resignation', erupted: 'eruption', exploded: 'explosion', crashed: 'crash',
  // "opened fire" is a shooting, not a fire; "stepped down" is a resignation.
  'opened fire': 'shooting', 'open fire': 'shooting', 'opens fire': 'shooting', 'opening fire': 'shooting',
  'shot and killed': 'shooting', 'fatally shot': 'shooting', 'gunned down': 'shooting', 'stepped down': 'resignation',
  // A victim "was shot", a gunman "fired shots": the shooting itself, told from either side.
  'was shot': 'shooting', 'were shot': 'shooting', 'been shot': 'shooting', 'fired shots': 'shooting', 'firing shots': 'shooting',
  'fired a gun': 'shooting', 'fired a shot': 'shooting', 'fired several shots': 'shooting', 'fired multiple shots': 'shooting',
  'struck by a bullet': 'shooting', 'struck by gunfire': 'shooting', 'hit by a bullet': 'shooting', 'hit by gunfire': 'shooting',
  'hit by a stray bullet': 'shooting', 'struck by a stray bullet': 'shooting', 'shot himself': 'shooting', 'shot herself': 'shooting',
  'shot and wounded': 'shooting', 'shot and injured': 'shooting',
};

// Multi-word verbs first, so that "opened fire" wins over "fire".
const INCIDENT_WORD = new RegExp(`\\b(?:${[...Object.keys(INCIDENT_VERBS), ...Object.keys(INCIDENT_NOUNS)].sort((a, b) => b.split(' ').length - a.split(' ').length).join('|')})\\b`, 'i');

/** The first incident a sentence names, as a kind ("opened fire" is a shooting, not a fire), or null. */
export function incidentKindIn(text: string): string | null {
  const m = INCIDENT_WORD.exec(text);
  if (!m) return null;
  return incidentKind(m[0]);
}

/** The kind of incident a trigger names ("quake" → earthquake, "found guilty" → verdict). */
export function incidentKind(trigger: string): string {
  const word = trigger.toLowerCase().replace(/\s+/g, ' ');
  return INCIDENT_NOUNS[word] ?? INCIDENT_VERBS[word] ?? word;
}
