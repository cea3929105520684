// WAV render speed as a multiple of real time: Children's Songs No. 6 through spessasynth_core
// with the default SoundFont (the interpreter's work measured apart), with and without effects.

import { collect } from "../src/schedule/index.ts";
import { openSong } from "../src/session/index.ts";
import { renderWave } from "../src/sinks/wav.ts";
import { runIfMain, type Row } from "./table.ts";

const song = "examples/children-song-6.hs";

export async function run(): Promise<Row[]> {
  const started = performance.now();
  const collected = collect(openSong(song));
  if (collected.kind !== "song") throw new Error(`${song} did not give a song: ${collected.kind}`);
  const interpreted = performance.now() - started;
  const rows: Row[] = [{
    benchmark: "render: interpret Children's Songs No. 6",
    measure: "time",
    value: `${interpreted.toFixed(0)} ms for ${(collected.end / 1000).toFixed(2)} s of music`,
    target: "",
  }];
  for (const effects of [true, false]) {
    const start = performance.now();
    await renderWave(collected.events, collected.end, { effects });
    const elapsed = performance.now() - start;
    rows.push({
      benchmark: `render WAV: Children's Songs No. 6, ${effects ? "reverb and chorus" : "no effects"}`,
      measure: "speed",
      value: `${(collected.end / elapsed).toFixed(1)}× real time (${elapsed.toFixed(0)} ms)`,
      target: effects ? "≥ 20×" : "",
    });
  }
  return rows;
}

await runIfMain(import.meta.url, run);
