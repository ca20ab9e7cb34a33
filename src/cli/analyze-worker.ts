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

/** Worker → main thread: the analysis, or why it failed (Error objects lose their class across threads). */
export type AnalyzeReply =
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
