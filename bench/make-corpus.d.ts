// Types for the benchmark corpus builder, so TypeScript tests can import it.
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(probability: number): boolean;
}
export function createRandom(seed: number): Random;

export interface SourceMaterial {
  sentences: string[];
  people: Array<{ first: string; last: string }>;
  referenceDate: Date;
}
export function loadSource(sourceDir?: string): SourceMaterial;

export interface SyntheticArticle {
  name: string;
  text: string;
  story: number;
  outlet: string;
  /** `YYYY-MM-DD`. */
  published: string;
}
export function makeArticle(index: number, options: { seed?: number; stories?: number }, source: SourceMaterial): SyntheticArticle;

export function makeCorpus(options: {
  outDir: string;
  articles?: number;
  stories?: number;
  seed?: number;
  sourceDir?: string;
}): { files: string[]; bytes: number };

export function parseFlags<T extends Record<string, string | number | boolean>>(
  argv: string[],
  defaults: T,
): T & { positional: string[] };
