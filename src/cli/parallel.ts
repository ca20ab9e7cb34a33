// Per-document analysis spread over worker threads. Analysis is pure and CPU-bound, so a run over many
// articles scales with cores; cache look-ups and writes stay in the main thread.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentAnalysis, RawInput } from '../types.js';
import { analyzeDocument } from '../pipeline/analyze.js';
import type { AnalysisCache } from './cache.js';
import type { AnalyzeReply, AnalyzeTask } from './analyze-worker.js';

/**
 * Fewer cache misses than this are analysed in-process: a worker needs ~0.5–1 s of CPU to load the NLP
 * library and warm up before it helps, which a handful of documents never wins back.
 */
export const MIN_PARALLEL_DOCUMENTS = 8;
/**
 * Nor are misses with less text than this in all (analysis costs ~10 ms per KB, so ~1.5 s of work):
 * measured on 2 cores, smaller runs were slower with a worker than without.
 */
export const MIN_PARALLEL_CHARACTERS = 150_000;

export interface AnalyzeInputsOptions {
  /** Serve unchanged inputs from here and store fresh analyses in it. */
  cache?: AnalysisCache;
  /** Most threads analysing at once; 1 = in-process. Default: the cores available to this process. */
  jobs?: number;
  /** Called after each document, cached or analysed, with the count done so far. */
  onProgress?: (done: number, total: number) => void;
  /** The worker entry. Default: analyze-worker.js beside this module. For tests and benchmarks. */
  workerUrl?: URL;
  /** Overrides MIN_PARALLEL_DOCUMENTS. For tests and benchmarks. */
  minParallel?: number;
  /** Overrides MIN_PARALLEL_CHARACTERS. For tests and benchmarks. */
  minParallelCharacters?: number;
  /**
   * Whether the main thread analyses too, as one of the `jobs` threads (default true). False sends every
   * miss to a worker: for tests of the worker path and for benchmarks.
   */
  useMainThread?: boolean;
}

/** The default for --jobs. */
export function defaultJobs(): number {
  return os.availableParallelism();
}

/** A --jobs value as a positive whole number, or undefined when it is not one. */
export function parseJobs(text: string): number | undefined {
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const jobs = Number(text);
  return Number.isSafeInteger(jobs) && jobs >= 1 ? jobs : undefined;
}

/**
 * Analyses every input like `analyzeDocument`, in input order. Cache hits are served here; misses are shared
 * by the main thread and `jobs - 1` worker threads (all in-process when there are few of them, jobs is 1, or
 * the worker entry was not compiled, as when running from TypeScript sources). A failure rejects with the
 * file's path in the message; all workers are terminated before the promise settles.
 */
export async function analyzeInputs(inputs: RawInput[], options: AnalyzeInputsOptions = {}): Promise<DocumentAnalysis[]> {
  const { cache, onProgress } = options;
  const total = inputs.length;
  const results = new Array<DocumentAnalysis | undefined>(total);
  const keys = new Array<string | undefined>(total);
  const misses: number[] = [];
  let done = 0;

  inputs.forEach((input, index) => {
    const key = cache?.keyFor(input);
    const cached = key === undefined ? undefined : cache?.get(key);
    if (cached) {
      results[index] = cached;
      onProgress?.(++done, total);
    } else {
      keys[index] = key;
      misses.push(index);
    }
  });

  const store = (index: number, analysis: DocumentAnalysis): void => {
    results[index] = analysis;
    const key = keys[index];
    if (key !== undefined) cache?.set(key, analysis);
    onProgress?.(++done, total);
  };

  const workerUrl = options.workerUrl ?? new URL('./analyze-worker.js', import.meta.url);
  const useMainThread = options.useMainThread ?? true;
  const threads = Math.min(Math.max(1, Math.floor(options.jobs ?? defaultJobs())), misses.length);
  const workerCount = useMainThread ? threads - 1 : threads;
  // `?.` on content too: a malformed input must fail in analysis, where the error names its path.
  const missedCharacters = misses.reduce((sum, index) => sum + (inputs[index]?.content?.length ?? 0), 0);
  const parallel =
    threads > 1 &&
    misses.length >= (options.minParallel ?? MIN_PARALLEL_DOCUMENTS) &&
    missedCharacters >= (options.minParallelCharacters ?? MIN_PARALLEL_CHARACTERS) &&
    existsSync(fileURLToPath(workerUrl));

  if (parallel) {
    await runPool(inputs, misses, workerCount, useMainThread, workerUrl, store);
  } else {
    for (const index of misses) store(index, analyzeInProcess(inputs[index]!));
  }
  return results.map((analysis, index) => {
    if (analysis === undefined) throw new Error(`internal error: no analysis for ${inputs[index]?.path}`);
    return analysis;
  });
}

function analyzeInProcess(input: RawInput): DocumentAnalysis {
  try {
    return analyzeDocument(input);
  } catch (error) {
    throw new Error(`cannot analyse ${input.path}: ${errorMessage(error)}`, { cause: error });
  }
}

/**
 * Works through `pending` with `workerCount` worker threads and, unless `useMainThread` is false, the main
 * thread too: it has the pipeline loaded already, so it makes progress while the workers start up. Workers
 * get tasks only once they say they are ready, two at a time so that they never wait on a busy main thread.
 */
async function runPool(
  inputs: RawInput[],
  pending: number[],
  workerCount: number,
  useMainThread: boolean,
  workerUrl: URL,
  store: (index: number, analysis: DocumentAnalysis) => void,
): Promise<void> {
  const workers: Worker[] = [];
  // Documents sent to each worker, oldest first: a worker analyses them in order, so a failure is the first.
  const inFlight = new Map<Worker, number[]>();
  let next = 0;
  let remaining = pending.length;
  let failure: Error | undefined;
  let closing = false;
  let wake: (() => void) | undefined;

  const fail = (error: Error): void => {
    failure ??= error;
    wake?.();
  };
  const take = (): number | undefined => (next < pending.length ? pending[next++] : undefined);
  const pathOf = (index: number): string => inputs[index]?.path ?? `input ${index}`;
  const dispatch = (worker: Worker): void => {
    const index = take();
    if (index === undefined) return;
    inFlight.get(worker)?.push(index);
    const task: AnalyzeTask = { index, input: inputs[index]! };
    worker.postMessage(task);
  };
  const completed = (): void => {
    if (--remaining === 0) wake?.();
  };

  const onReply = (worker: Worker, reply: AnalyzeReply): void => {
    if (failure !== undefined || closing) return;
    if ('ready' in reply) {
      dispatch(worker);
      dispatch(worker);
      return;
    }
    inFlight.get(worker)?.shift();
    const path = pathOf(reply.index);
    if (!reply.ok) {
      const cause = new Error(reply.message);
      if (reply.stack) cause.stack = reply.stack;
      fail(new Error(`cannot analyse ${path}: ${reply.message}`, { cause }));
      return;
    }
    try {
      store(reply.index, reply.analysis);
    } catch (error) {
      // A throwing cache or progress callback must not leave the pool running.
      fail(toError(error));
      return;
    }
    completed();
    dispatch(worker);
  };

  try {
    for (let n = 0; n < workerCount; n++) {
      const worker = new Worker(workerUrl, { execArgv: workerExecArgv() });
      workers.push(worker);
      inFlight.set(worker, []);
      // Names the document the worker was on; before its first task, the failure is in starting it.
      const context = (): string => {
        const index = inFlight.get(worker)?.[0];
        return index === undefined ? 'cannot start an analysis worker' : `cannot analyse ${pathOf(index)}`;
      };
      worker.on('message', (reply: AnalyzeReply) => onReply(worker, reply));
      worker.on('messageerror', (error) => fail(new Error(`${context()}: unreadable reply from worker (${error.message})`)));
      worker.on('error', (error) => fail(new Error(`${context()}: worker failed: ${error.message}`, { cause: error })));
      worker.on('exit', (code) => {
        if (!closing) fail(new Error(`${context()}: worker exited unexpectedly (code ${code})`));
      });
    }
    if (useMainThread) {
      for (let index = take(); index !== undefined && failure === undefined; index = take()) {
        store(index, analyzeInProcess(inputs[index]!));
        completed();
        // Let worker replies in, so they are handed their next document.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    while (failure === undefined && remaining > 0) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } catch (error) {
    fail(toError(error));
  } finally {
    // Settle only once all threads are gone, so the caller never leaves a live handle behind.
    closing = true;
    await Promise.allSettled(workers.map((worker) => worker.terminate()));
  }
  if (failure !== undefined) throw failure;
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * The parent's Node flags (memory limits, source maps, loaders) minus --input-type, which Node rejects for a
 * worker started from a file, as when the caller itself ran under `node --input-type=module -e`.
 */
function workerExecArgv(): string[] {
  const flags: string[] = [];
  for (let n = 0; n < process.execArgv.length; n++) {
    const flag = process.execArgv[n]!;
    if (flag === '--input-type') n++;
    else if (!flag.startsWith('--input-type=')) flags.push(flag);
  }
  return flags;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
