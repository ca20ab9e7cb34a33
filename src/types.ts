// The data model shared by every stage. Each stage is a pure function from one of these types to the next:
// ingest (RawInput → Document) → text (Document → Sentence[]) → extract (Sentence → Assertion[])
// → resolve (entities, dates anchored) → align (AlignedGroup[]) → compare (Disagreement[]) → report.
// The declarations live in types/ by stage; every module imports them from here.
export * from './types/document.js';
export * from './types/analysis.js';
export * from './types/report.js';
