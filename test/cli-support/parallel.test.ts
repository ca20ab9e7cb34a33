import { describe, it, expect, beforeAll, beforeEach, afterEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeInputs, MIN_PARALLEL_DOCUMENTS, parseJobs } from '../../src/cli/parallel.js';
import { createCache } from '../../src/cli/cache.js';
import type { DocumentAnalysis, RawInput } from '../../src/types.js';

// Workers run compiled JavaScript, so these tests use the build (`npm test` builds first). Expected values
// come from the same build, so a stale dist/ cannot make parallel and sequential differ spuriously.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const workerUrl = pathToFileURL(path.join(repo, 'dist', 'cli', 'analyze-worker.js'));
const distAnalyzeUrl = pathToFileURL(path.join(repo, 'dist', 'pipeline', 'analyze.js')).href;
const distParallelUrl = pathToFileURL(path.join(repo, 'dist', 'cli', 'parallel.js')).href;

type Analyze = (input: RawInput) => DocumentAnalysis;
let analyzeDocument: Analyze;
let seed: RawInput[];
const sequential = new Map<string, string>();

/**
 * What sequential analyzeDocument (the build's) gives for one input, as JSON. Analysis is a pure function of the
 * input, so each input (path and text) is analysed once for the whole file; the tests compare against the JSON.
 */
function analyzeBuilt(input: RawInput): string {
  const key = json(input);
  let analysis = sequential.get(key);
  if (analysis === undefined) {
    analysis = json(analyzeDocument(input));
    sequential.set(key, analysis);
  }
  return analysis;
}

/** The sequential analyses of `inputs`, in order, as the JSON of one array (as `json(results)` gives it). */
const analyzedInOrder = (inputs: RawInput[]): string => `[${inputs.map(analyzeBuilt).join(',')}]`;

beforeAll(async () => {
  if (!existsSync(fileURLToPath(workerUrl))) throw new Error('dist/cli/analyze-worker.js is missing: run `npm run build` first');
  const built = (await import(distAnalyzeUrl)) as { analyzeDocument: Analyze };
  analyzeDocument = built.analyzeDocument;
  const corpus = path.join(repo, 'corpus');
  seed = readdirSync(corpus)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ path: `corpus/${name}`, content: readFileSync(path.join(corpus, name), 'utf8'), format: 'txt' as const }));
});

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'crosscheck-parallel-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The seed articles in a scrambled order, plus copies under other paths (distinct ids, same text). */
function scrambledSeed(): RawInput[] {
  const copies = seed.map((input) => ({ ...input, path: `copy/${path.basename(input.path)}` }));
  const all = [...seed, ...copies];
  return [all[7]!, all[2]!, all[9]!, all[0]!, all[5]!, all[3]!, all[8]!, all[1]!, all[6]!, all[4]!];
}

/** A throwaway worker entry written to the temp folder. */
async function stubWorker(name: string, source: string): Promise<URL> {
  const file = path.join(root, name);
  await writeFile(file, source);
  return pathToFileURL(file);
}

const json = (value: unknown): string => JSON.stringify(value);

describe('parseJobs', () => {
  it.each<[string, number | undefined]>([
    ['1', 1],
    ['4', 4],
    [' 2 ', 2],
    ['0', undefined],
    ['-1', undefined],
    ['1.5', undefined],
    ['two', undefined],
    ['', undefined],
    ['1e3', undefined],
  ])('%j → %s', (text, expected) => {
    expect(parseJobs(text)).toBe(expected);
  });
});

describe('analyzeInputs with worker threads', () => {
  it('gives the same analyses as sequential analyzeDocument, in input order', async () => {
    const inputs = scrambledSeed();
    const progress: Array<[number, number]> = [];
    const parallel = await analyzeInputs(inputs, { jobs: 2, minParallel: 1, minParallelCharacters: 0, useMainThread: false, workerUrl, onProgress: (done, total) => progress.push([done, total]) });
    expect(parallel.map((a) => a.document.path)).toEqual(inputs.map((i) => i.path));
    expect(json(parallel)).toBe(analyzedInOrder(inputs));
    expect(parallel.some((a) => a.assertions.length > 0)).toBe(true);
    expect(progress.map(([done]) => done)).toEqual(inputs.map((_, index) => index + 1));
    expect(progress.every(([, total]) => total === inputs.length)).toBe(true);
  });

  it.each([2, 3])('gives the same analyses when the main thread shares the work with workers (jobs %i)', async (jobs) => {
    const inputs = scrambledSeed();
    const results = await analyzeInputs(inputs, { jobs, minParallel: 1, minParallelCharacters: 0, workerUrl });
    expect(json(results)).toBe(analyzedInOrder(inputs));
  });

  it('serves cache hits in the main thread and sends only misses to workers', async () => {
    const inputs = scrambledSeed();
    const cacheDir = path.join(root, 'cache');
    const warm = inputs.slice(0, 4);
    const first = createCache({ location: cacheDir, toolVersion: 'test', onWarning: () => {} });
    await analyzeInputs(warm, { cache: first, jobs: 1 });
    expect(first.writes).toBe(warm.length);

    // This worker refuses the inputs that are already cached, so sending one of them would reject the run.
    const forbidden = json(warm.map((input) => input.path));
    const guard = await stubWorker(
      'guard-worker.mjs',
      `import { parentPort } from 'node:worker_threads';
       import { analyzeDocument } from ${json(distAnalyzeUrl)};
       const forbidden = new Set(${forbidden});
       parentPort.on('message', ({ index, input }) => {
         if (forbidden.has(input.path)) parentPort.postMessage({ index, ok: false, message: 'cached input sent to a worker' });
         else parentPort.postMessage({ index, ok: true, analysis: analyzeDocument(input) });
       });
       parentPort.postMessage({ ready: true });`,
    );
    const second = createCache({ location: cacheDir, toolVersion: 'test', onWarning: () => {} });
    const results = await analyzeInputs(inputs, { cache: second, jobs: 2, minParallel: 1, minParallelCharacters: 0, useMainThread: false, workerUrl: guard });
    expect(second.hits).toBe(warm.length);
    expect(second.misses).toBe(inputs.length - warm.length);
    expect(second.writes).toBe(inputs.length - warm.length);
    expect(json(results)).toBe(analyzedInOrder(inputs));
  });

  it('starts no worker when every input is cached', async () => {
    const inputs = scrambledSeed();
    const cacheDir = path.join(root, 'cache');
    await analyzeInputs(inputs, { cache: createCache({ location: cacheDir, toolVersion: 'test', onWarning: () => {} }), jobs: 1 });
    const broken = await stubWorker('broken-worker.mjs', `throw new Error('this worker must never start');`);
    const cache = createCache({ location: cacheDir, toolVersion: 'test', onWarning: () => {} });
    const results = await analyzeInputs(inputs, { cache, jobs: 2, minParallel: 1, minParallelCharacters: 0, useMainThread: false, workerUrl: broken });
    expect(cache.hits).toBe(inputs.length);
    expect(results.map((a) => a.document.path)).toEqual(inputs.map((i) => i.path));
  });
});

describe('analyzeInputs failures', () => {
  // Not a valid RawInput (no content): analyzeDocument throws on it, as it would on any corrupt input.
  const broken = { path: 'feeds/broken-article.txt', format: 'txt' } as unknown as RawInput;

  it('rejects naming the file when analyzeDocument throws inside a worker', async () => {
    const inputs = [...scrambledSeed().slice(0, 3), broken, ...scrambledSeed().slice(3, 6)];
    await expect(analyzeInputs(inputs, { jobs: 2, minParallel: 1, minParallelCharacters: 0, useMainThread: false, workerUrl })).rejects.toThrow(/feeds\/broken-article\.txt/);
  });

  it('rejects naming the file when analyzeDocument throws in-process', async () => {
    await expect(analyzeInputs([seed[0]!, broken], { jobs: 1 })).rejects.toThrow(/^cannot analyse feeds\/broken-article\.txt: /);
  });

  it.each<[string, string, RegExp]>([
    ['a worker that fails to load', `throw new Error('no such module');`, /^cannot start an analysis worker: worker failed: no such module/],
    [
      'a worker that exits mid-document',
      `import { parentPort } from 'node:worker_threads';
       parentPort.on('message', () => process.exit(3));
       parentPort.postMessage({ ready: true });`,
      /^cannot analyse corpus\/.+: worker exited unexpectedly \(code 3\)/,
    ],
    [
      'a worker whose analysis cannot be sent back',
      `import { parentPort } from 'node:worker_threads';
       parentPort.on('message', ({ index }) => {
         try { parentPort.postMessage({ index, ok: true, analysis: { bad: () => 1 } }); }
         catch (error) { parentPort.postMessage({ index, ok: false, message: error.message }); }
       });
       parentPort.postMessage({ ready: true });`,
      /^cannot analyse corpus\/.+: .*could not be cloned/,
    ],
  ])('rejects, never hangs, on %s', async (_label, source, expected) => {
    const url = await stubWorker('failing-worker.mjs', source);
    await expect(analyzeInputs(seed, { jobs: 2, minParallel: 1, minParallelCharacters: 0, useMainThread: false, workerUrl: url })).rejects.toThrow(expected);
  });
});

describe('when analyzeInputs stays in-process', () => {
  it.each<[string, { jobs?: number; minParallel?: number; minParallelCharacters?: number }, number]>([
    ['jobs is 1', { jobs: 1, minParallel: 1, minParallelCharacters: 0 }, 10],
    ['there are fewer misses than the threshold', { jobs: 2, minParallelCharacters: 0 }, MIN_PARALLEL_DOCUMENTS - 1],
    ['the misses hold less text than the threshold', { jobs: 2, minParallel: 1 }, 10],
  ])('%s', async (_label, options, count) => {
    const inputs = scrambledSeed().slice(0, Math.min(count, 10));
    // Any worker start would reject the run.
    const broken = await stubWorker('broken-worker.mjs', `throw new Error('this worker must never start');`);
    const results = await analyzeInputs(inputs, { ...options, workerUrl: broken });
    expect(json(results)).toBe(analyzedInOrder(inputs));
  });

  it('runs from TypeScript sources, where no compiled worker exists next to the module', async () => {
    const results = await analyzeInputs(seed.slice(0, 2), { jobs: 2, minParallel: 1, minParallelCharacters: 0 });
    expect(results.map((a) => a.document.path)).toEqual(seed.slice(0, 2).map((i) => i.path));
  });

  it('resolves to an empty list for no inputs', async () => {
    await expect(analyzeInputs([], { jobs: 2, workerUrl })).resolves.toEqual([]);
  });
});

describe('process lifetime', () => {
  it('lets the process exit on its own after a parallel run', () => {
    const script = `
      import { analyzeInputs } from ${json(distParallelUrl)};
      const inputs = ${json(seed.slice(0, 3))};
      const results = await analyzeInputs(inputs, { jobs: 2, minParallel: 1, minParallelCharacters: 0 });
      console.log(results.length);`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 170_000 });
    expect(child.error).toBeUndefined();
    expect(child.status).toBe(0);
    expect(child.stdout.trim()).toBe('3');
  });
});
