#!/usr/bin/env node
// The `refrain` command: the compiled command line in dist/ (built by `npm run build`, which npm
// install, npm start, npm test and npm pack run); in a checkout whose sources changed since the
// last build, the TypeScript sources themselves, through typescript.js.
import { setFlagsFromString } from "node:v8";
import { compiledIsCurrent } from "./compiled.js";

// The interpreter dispatches on a dozen kinds of term nodes; let V8 keep those sites polymorphic
// instead of megamorphic (about 13% more elements per second on the 8-voice benchmark).
setFlagsFromString("--max-valid-polymorphic-map-count=16");
process.setSourceMapsEnabled(true);
const { main } = compiledIsCurrent() ? await import("../dist/cli/main.js") : await import("./typescript.js").then(() => import("../src/cli/main.ts"));
process.exitCode = await main(process.argv.slice(2));
