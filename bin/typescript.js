// Lets Node import Refrain's TypeScript sources (`node --import ./bin/typescript.js …`); see
// typescript-hooks.js. Stack traces point into the TypeScript files.

import { register } from "node:module";

register("./typescript-hooks.js", import.meta.url);
process.setSourceMapsEnabled(true);
