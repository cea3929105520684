// npm's prepare step (after `npm install` in a checkout, and when a package is made from one):
// builds dist/ with scripts/build.ts. An installed package ships dist/ built and no scripts/.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
if (existsSync(join(root, "scripts", "build.ts"))) {
  const build = spawnSync(process.execPath, ["--import", "./bin/typescript.js", "scripts/build.ts"], { cwd: root, stdio: "inherit" });
  process.exitCode = build.status ?? 1;
}
