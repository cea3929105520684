// Module hooks that run Refrain's TypeScript sources: each `.ts` file is stripped of its types
// by esbuild, file by file, with an inline source map. Unlike tsx, names are left alone (no
// `keepNames`): tsx redefines every class's `name`, and V8 then checks `instanceof` on those
// classes about four times slower, which the interpreter does on every node it touches.
// Class fields are assigned in the constructor (`useDefineForClassFields: false`, as in
// tsconfig.json) rather than defined one by one: constructing a thunk, a cell or a frame costs
// about a tenth fewer instructions per element of a song.

import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";

export async function load(url, context, nextLoad) {
  if (!url.startsWith("file:") || !url.endsWith(".ts")) return nextLoad(url, context);
  const file = fileURLToPath(url);
  const { code } = await transform(await readFile(file, "utf8"), {
    loader: "ts", format: "esm", target: "node20", sourcemap: "inline", sourcefile: file,
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
  });
  return { format: "module", source: code, shortCircuit: true };
}
