// Crude content-word stems, for telling whether two passages say the same thing in roughly the same words.

const STOPWORDS = new Set(
  // Contractions and frequency adverbs say nothing of what a remark is about ("I've always …").
  (
    "i'm i've i'd i'll we're we've we'll you're you've they're they've it's that's there's don't doesn't didn't can't won't isn't wasn't aren't weren't always never ever really still even " +
  'a an the and or but of to in on at for with by from as is was were be been are it its this that these those he she they we i you his her their our my your me him them us not no so if then than there here what which who whom when where why how all any some such very just also into about over after before up out do does did have has had will would can could should may might must shall'
  ).split(' '),
);

/** Content words reduced to a crude stem, so "negotiation" and "negotiating" meet. */
export function contentStems(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  return new Set(words.filter((w) => !STOPWORDS.has(w) && w.length > 2).map((w) => w.replace(/'s$/, '').slice(0, 7)));
}

