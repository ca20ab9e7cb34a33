// Worker-thread entry for parallel analysis (see parallel.ts): analyses one document per message.
// Compiled to dist/cli/analyze-worker.js; never imported by the main thread except for its types.
import { parentPort } from 'node:worker_threads';
import type { DocumentAnalysis, RawInput } from '../types.js';
import { analyzeDocument } from '../pipeline/analyze.js';

/** Main thread → worker: analyse `input`, the `index`-th of the run's inputs. */
export interface AnalyzeTask {
  index: number;
  input: RawInput;
}

/**
 * Worker → main thread: `ready` once the pipeline is loaded, then per task the analysis or why it failed
 * (Error objects lose their class across threads).
 */
export type AnalyzeReply =
  | { ready: true }
  | { index: number; ok: true; analysis: DocumentAnalysis }
  | { index: number; ok: false; message: string; stack?: string };

const port = parentPort;
if (port === null) throw new Error('analyze-worker.js is a worker-thread entry; start it with new Worker()');

port.on('message', (task: AnalyzeTask) => {
  try {
    const reply: AnalyzeReply = { index: task.index, ok: true, analysis: analyzeDocument(task.input) };
    // Inside the try: an analysis that cannot be cloned must come back as an error, not kill the worker.
    port.postMessage(reply);
  } catch (error) {
    const reply: AnalyzeReply =
      error instanceof Error
        ? { index: task.index, ok: false, message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
        : { index: task.index, ok: false, message: String(error) };
    port.postMessage(reply);
  }
});
// Loading the pipeline takes a while; tasks are only sent once it is done, so none waits on a cold worker.
port.postMessage({ ready: true } satisfies AnalyzeReply);
