// Memory over a long run: each pattern of test/memory/songs played for 10 million elements (the
// compiled path, in a process of its own), its resident memory after 100 thousand, 1 million and
// 10 million elements.

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { residentMemory } from "../test/memory/resident.ts";
import { runIfMain, type Row } from "./table.ts";

const counts = [100_000, 1_000_000, 10_000_000];

export async function run(): Promise<Row[]> {
  const rows: Row[] = [];
  const songs = readdirSync(join(import.meta.dirname, "../test/memory/songs")).filter((file) => file.endsWith(".hs"));
  for (const song of songs) {
    const resident = await residentMemory(join("test/memory/songs", song), "compiled", counts);
    rows.push({ benchmark: "soak", measure: `RSS MB at 0.1 / 1 / 10 M elements: ${song}`, value: resident.join(" / "), target: "flat" });
  }
  return rows;
}

await runIfMain(import.meta.url, run);
