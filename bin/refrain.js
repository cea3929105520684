#!/usr/bin/env node
// The `refrain` command: runs the TypeScript command line (see typescript.js).
import { setFlagsFromString } from "node:v8";
import "./typescript.js";

// The interpreter dispatches on a dozen kinds of term nodes; let V8 keep those sites polymorphic
// instead of megamorphic (about 13% more elements per second on the 8-voice benchmark).
setFlagsFromString("--max-valid-polymorphic-map-count=16");
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
