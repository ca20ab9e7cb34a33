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
 * Fewer cache misses than this are analysed in-process: each worker spends ~0.1–0.3 s loading the NLP
 * library before its first document, which a handful of ~70 ms documents never wins back.
 */
export const MIN_PARALLEL_DOCUMENTS = 8;

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
 * Analyses every input like `analyzeDocument`, in input order. Cache hits are served here; misses go to a
 * pool of worker threads (or are analysed in-process when there are few of them, jobs is 1, or the worker
 * entry was not compiled, as when running from TypeScript sources). A failure rejects with the file's path
 * in the message; all workers are terminated before the promise settles.
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
  const poolSize = Math.min(Math.max(1, Math.floor(options.jobs ?? defaultJobs())), misses.length);
  const parallel = poolSize > 1 && misses.length >= (options.minParallel ?? MIN_PARALLEL_DOCUMENTS) && existsSync(fileURLToPath(workerUrl));

  if (parallel) {
    await runPool(inputs, misses, poolSize, workerUrl, store);
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

/** Hands the `pending` inputs to `poolSize` workers, one document at a time each, until all are stored. */
function runPool(
  inputs: RawInput[],
  pending: number[],
  poolSize: number,
  workerUrl: URL,
  store: (index: number, analysis: DocumentAnalysis) => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    // The document each worker is analysing, so that any failure can name the file.
    const current = new Map<Worker, number>();
    let next = 0;
    let remaining = pending.length;
    let settled = false;

    // Settles only once all threads are gone, so the caller never leaves a live handle behind.
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      void Promise.allSettled(workers.map((worker) => worker.terminate())).then(() => (error ? reject(error) : resolve()));
    };
    const pathOf = (worker: Worker): string => {
      const index = current.get(worker);
      return index === undefined ? '(no document)' : (inputs[index]?.path ?? `input ${index}`);
    };
    const dispatch = (worker: Worker): void => {
      const index = pending[next++];
      if (index === undefined) {
        current.delete(worker);
        return;
      }
      current.set(worker, index);
      const task: AnalyzeTask = { index, input: inputs[index]! };
      worker.postMessage(task);
    };

    for (let n = 0; n < poolSize; n++) {
      let worker: Worker;
      try {
        worker = new Worker(workerUrl);
      } catch (error) {
        finish(new Error(`cannot start an analysis worker: ${errorMessage(error)}`, { cause: error }));
        return;
      }
      workers.push(worker);
      worker.on('message', (reply: AnalyzeReply) => {
        if (settled) return;
        const path = inputs[reply.index]?.path ?? `input ${reply.index}`;
        if (!reply.ok) {
          const cause = new Error(reply.message);
          if (reply.stack) cause.stack = reply.stack;
          finish(new Error(`cannot analyse ${path}: ${reply.message}`, { cause }));
          return;
        }
        try {
          store(reply.index, reply.analysis);
        } catch (error) {
          // A throwing cache or progress callback must not leave the pool running.
          finish(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (--remaining === 0) finish();
        else dispatch(worker);
      });
      worker.on('messageerror', (error) => finish(new Error(`cannot analyse ${pathOf(worker)}: unreadable reply from worker (${error.message})`)));
      worker.on('error', (error) => finish(new Error(`cannot analyse ${pathOf(worker)}: worker failed: ${error.message}`, { cause: error })));
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`cannot analyse ${pathOf(worker)}: worker exited unexpectedly (code ${code})`));
      });
      dispatch(worker);
    }
  });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
