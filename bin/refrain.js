#!/usr/bin/env node
// The `refrain` command: runs the TypeScript command line through tsx.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
