// Hours of music in bounded memory: each pattern people write songs in (test/memory/songs) is
// played in a process of its own, on both evaluators, and its resident memory after 2 million
// elements must stay within 1.3 × + 20 MB of that after 100,000.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { residentMemory } from "./resident.ts";

const songs = readdirSync(join(import.meta.dirname, "songs")).filter((file) => file.endsWith(".hs"));

describe("resident memory stays flat", { concurrency: 2 }, () => {
  for (const song of songs) {
    for (const evaluator of ["compiled", "machine"] as const) {
      test(`${song}, ${evaluator}`, async () => {
        const [early, late] = await residentMemory(join("test/memory/songs", song), evaluator, [100_000, 2_000_000]);
        assert.ok(late <= 1.3 * early + 20, `${early} MB after 100,000 elements, ${late} MB after 2,000,000`);
      });
    }
  }
});
