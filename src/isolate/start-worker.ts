// Starts a worker thread on one of Refrain's modules, from its TypeScript source (through
// bin/typescript.js, as the command line runs) or from compiled JavaScript.

import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

/** `entry`: the worker's module, e.g. `new URL("./song-thread.ts", import.meta.url)`. */
export function startWorker(entry: URL, options: WorkerOptions): Worker {
  if (extname(fileURLToPath(entry)) !== ".ts") return new Worker(entry, options);
  const loader = new URL("../../bin/typescript.js", import.meta.url).href;
  const code = `import(${JSON.stringify(loader)}).then(() => import(${JSON.stringify(entry.href)}));`;
  return new Worker(code, { ...options, eval: true });
}
