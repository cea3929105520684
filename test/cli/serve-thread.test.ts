// The studio server's thread loads neither the compiler nor the interpreter: the song lives in its
// worker thread, which starts while `serve` loads the server. Checked on the modules esbuild
// bundles for `serve`, its dynamic imports included (the workers are started by URL, not imported).

import assert from "node:assert/strict";
import { test } from "node:test";
import { build } from "esbuild";

test("serve's own thread loads no stage of the language", async () => {
  const result = await build({
    entryPoints: ["src/cli/serve.ts"], bundle: true, write: false, metafile: true, packages: "external", platform: "node", format: "esm", logLevel: "silent",
  });
  const modules = Object.keys(result.metafile.inputs);
  assert.ok(modules.includes("src/server/server.ts") && modules.includes("src/isolate/isolated-song.ts"), "the server and the song's thread handle are bundled");
  const language = modules.filter((module) => /^src\/(lex\/(?!literate)|parse|resolve|types|desugar|program|reduce|core|session\/session)/.test(module));
  assert.deepEqual(language, []);
});
