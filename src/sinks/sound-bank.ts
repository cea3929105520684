// A SoundFont file loaded into spessasynth_core reading only what is played. An SF3 file (the
// default bank is one) is 14.5 MB of Ogg Vorbis samples and 135 KB of presets; a song plays a few
// dozen samples. Reading the whole file and copying out every sample, as spessasynth_core's loader
// does, took about 150 ms before a render could start (most of it touching fresh memory, which is
// dear on this machine: 56 ms for 14.5 MB). Here the presets are read and parsed (about 40 ms), each
// sample left a view of a file-sized buffer whose bytes are read from the file just before the
// sample is first decoded, so the file must stay as it is while a song plays (a change is an
// error, not wrong sound). Other files (SF2 with plain samples, DLS, a RIFF file laid out
// otherwise) are read whole, as spessasynth_core reads them.

import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { type BasicSample, type BasicSoundBank, IndexedByteArray, SoundBankLoader, SpessaLog } from "spessasynth_core";
import { fourCC, riffChunks } from "./riff.ts";
import { defaultSoundfontPath } from "./soundfont.ts";

/** A loaded SoundFont to play (its samples' bytes come when first played), and how much of its file has been read. */
export interface SoundBankFile {
  readonly bank: BasicSoundBank;
  bytesRead(): number;
}

/** An SF2/SF3 sample header's size in bytes, and where its sample type is. */
const sampleHeaderSize = 46;
const sampleTypeAt = 44;
/** The sample type bit of a sample stored as Ogg Vorbis (SF3). */
const vorbisSample = 0x10;

/** Loads the SoundFont (the default one when no path is given); throws with the reason it cannot. */
export function loadSoundBank(path = defaultSoundfontPath()): SoundBankFile {
  SpessaLog.warnEnabled = false;
  SpessaLog.infoEnabled = false;
  const file = openSync(path, "r");
  try {
    const stat = fstatSync(file);
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    const readRange = (start: number, size: number) => {
      read += readSync(file, bytes, start, size, start);
    };
    readRange(0, Math.min(12, bytes.length));
    const kind = fourCC(bytes, 8);
    if (fourCC(bytes, 0) !== "RIFF" || (kind !== "sfbk" && kind !== "DLS ")) throw new Error(`${path} is not a SoundFont (sf2/sf3) or DLS file`);
    if (kind !== "sfbk" || !readAllButVorbisSamples(bytes, readRange)) {
      read = 0; // (the parts read so far are read again with the rest)
      readRange(0, bytes.length);
      return { bank: SoundBankLoader.fromArrayBuffer(bytes.buffer), bytesRead: () => read };
    }
    const bank = parseKeepingViews(bytes.buffer);
    const source = { path, size: stat.size, modified: stat.mtimeMs };
    for (const sample of bank.samples) readBeforeDecoding(sample, source, (count) => (read += count));
    return { bank, bytesRead: () => read };
  } finally {
    closeSync(file);
  }
}

/**
 * Reads the file's INFO and pdta lists and the header of its sample data, and says whether every
 * sample is Ogg Vorbis (each a slice of the file, decoded when first played). False when the file
 * is laid out otherwise (then the caller reads the rest).
 */
function readAllButVorbisSamples(bytes: Uint8Array, readRange: (start: number, size: number) => void): boolean {
  // The top-level chunks, each named with its LIST type, their headers read as they are walked over.
  const chunks = [...riffChunks(bytes, 12, bytes.length, (at) => readRange(at, Math.min(12, bytes.length - at)))]
    .map((chunk) => ({ ...chunk, name: `${chunk.name} ${fourCC(bytes, chunk.start)}` }));
  const [info, samples, presets] = chunks;
  const fits = chunks.length === 3 && info.name === "LIST INFO" && samples.name === "LIST sdta" && presets.name === "LIST pdta"
    && presets.start + presets.size <= bytes.length && info.size >= 4 && presets.size >= 4 && samples.size >= 12;
  if (!fits) return false;
  readRange(info.start + 4, info.size - 4);
  readRange(presets.start + 4, presets.size - 4);
  readRange(samples.start + 4, 8); // the smpl chunk's header, not its contents
  const headers = [...riffChunks(bytes, presets.start + 4, presets.start + presets.size)].find((chunk) => chunk.name === "shdr");
  if (!headers || fourCC(bytes, samples.start + 4) !== "smpl") return false;
  const view = new DataView(bytes.buffer);
  // The last header (EOS) ends the list and is no sample.
  for (let at = headers.start; at + 2 * sampleHeaderSize <= headers.start + headers.size; at += sampleHeaderSize) {
    if ((view.getUint16(at + sampleTypeAt, true) & vorbisSample) === 0) return false;
  }
  return true;
}

/**
 * spessasynth_core's loader with its byte arrays' `slice` giving views rather than copies, so each
 * sample keeps a view of the (mostly unread) file; and without formatting the bank's date for its
 * log, which is off (a first date format costs about 30 ms).
 */
function parseKeepingViews(buffer: ArrayBuffer): BasicSoundBank {
  const prototype = IndexedByteArray.prototype;
  const slice = Object.getOwnPropertyDescriptor(prototype, "slice")!;
  const dateText = Object.getOwnPropertyDescriptor(Date.prototype, "toLocaleString")!;
  Object.defineProperty(prototype, "slice", {
    ...slice,
    value(this: IndexedByteArray, start = 0, end = this.length) {
      const from = Math.min(this.length, Math.max(0, start < 0 ? this.length + start : start));
      const to = Math.min(this.length, Math.max(from, end < 0 ? this.length + end : end));
      return new IndexedByteArray(this.buffer, this.byteOffset + from, to - from);
    },
  });
  Object.defineProperty(Date.prototype, "toLocaleString", { ...dateText, value: () => "" });
  try {
    return SoundBankLoader.fromArrayBuffer(buffer);
  } finally {
    Object.defineProperty(prototype, "slice", slice);
    Object.defineProperty(Date.prototype, "toLocaleString", dateText);
  }
}

/** What spessasynth_core's samples keep of an Ogg Vorbis sample (protected in its types). */
interface VorbisSample {
  compressedData?: Uint8Array;
  decodeVorbis(): Float32Array;
}

/** The SoundFont file as it was loaded. */
interface Source {
  readonly path: string;
  readonly size: number;
  readonly modified: number;
}

/** Makes the sample read its bytes from the file the first time it is decoded. */
function readBeforeDecoding(basicSample: BasicSample, source: Source, counted: (bytes: number) => void): void {
  const sample = basicSample as unknown as VorbisSample;
  const data = sample.compressedData;
  if (!data) return;
  sample.decodeVorbis = function (this: VorbisSample) {
    const file = openSync(source.path, "r");
    try {
      const now = fstatSync(file);
      if (now.size !== source.size || now.mtimeMs !== source.modified) throw new Error(`${source.path} changed while it was being played`);
      counted(readSync(file, data, 0, data.length, data.byteOffset));
    } finally {
      closeSync(file);
    }
    delete (this as Partial<VorbisSample>).decodeVorbis; // back to the class's own
    return this.decodeVorbis();
  };
}
