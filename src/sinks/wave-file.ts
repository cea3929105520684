// WAV files: 16-bit PCM stereo written a block at a time (the render's samples go straight into the
// file's bytes, in pieces, since a song's length is known only at its end), and a reader that also
// takes 32-bit float and any channel count, so tests and benchmarks can check other renderers' files.

import { fourCC, riffChunks } from "./riff.ts";

export interface Audio {
  readonly sampleRate: number;
  /** One array per channel, samples in -1..1. */
  readonly channels: readonly Float32Array[];
}

/** Frames per piece of a file being written (256 KB of 16-bit stereo). */
const pieceFrames = 65_536;
const headerSize = 44;

/** A 16-bit stereo PCM WAV file written as its frames come, kept in pieces rather than one growing buffer. */
export class StereoWaveWriter {
  private readonly pieces: DataView[] = [];
  private frames = 0;

  constructor(private readonly sampleRate: number) {}

  /** Appends `count` frames of the two channels; samples beyond -1..1 are clipped. */
  write(left: Float32Array, right: Float32Array, count: number): void {
    for (let index = 0; index < count; ) {
      const inPiece = this.frames % pieceFrames;
      if (inPiece === 0) this.pieces.push(new DataView(new ArrayBuffer(pieceFrames * 4)));
      const piece = this.pieces[this.pieces.length - 1];
      const run = Math.min(count - index, pieceFrames - inPiece);
      for (let offset = inPiece * 4, end = index + run; index < end; index++, offset += 4) {
        piece.setInt16(offset, pcm16(left[index]), true);
        piece.setInt16(offset + 2, pcm16(right[index]), true);
      }
      this.frames += run;
    }
  }

  /** The file: its header, then the frames, as pieces to write one after the other. */
  finish(): Uint8Array[] {
    const dataSize = this.frames * 4;
    const header = new DataView(new ArrayBuffer(headerSize));
    ascii(header, 0, "RIFF");
    header.setUint32(4, headerSize - 8 + dataSize, true);
    ascii(header, 8, "WAVEfmt ");
    header.setUint32(16, 16, true);
    header.setUint16(20, 1, true); // PCM
    header.setUint16(22, 2, true);
    header.setUint32(24, this.sampleRate, true);
    header.setUint32(28, this.sampleRate * 4, true);
    header.setUint16(32, 4, true);
    header.setUint16(34, 16, true);
    ascii(header, 36, "data");
    header.setUint32(40, dataSize, true);
    const last = this.frames % pieceFrames;
    return [header, ...this.pieces].map((piece, index) =>
      new Uint8Array(piece.buffer, 0, index === this.pieces.length && last > 0 ? last * 4 : piece.byteLength));
  }
}

/** A sample in -1..1 as a 16-bit integer (clipped, rounded). */
export function pcm16(sample: number): number {
  return Math.round((sample > 1 ? 1 : sample < -1 ? -1 : sample) * 32767);
}

function ascii(view: DataView, offset: number, text: string): void {
  for (let index = 0; index < text.length; index++) view.setUint8(offset + index, text.charCodeAt(index));
}

/** Reads a PCM 16-bit or float 32-bit WAV file. */
export function decodeWave(bytes: Uint8Array): Audio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (fourCC(bytes, 0) !== "RIFF" || fourCC(bytes, 8) !== "WAVE") throw new Error("not a WAV file");
  let format = 0, channels = 0, sampleRate = 0, bits = 0;
  for (const { name, start: body, size } of riffChunks(bytes, 12)) {
    if (name === "fmt ") {
      format = view.getUint16(body, true);
      channels = view.getUint16(body + 2, true);
      sampleRate = view.getUint32(body + 4, true);
      bits = view.getUint16(body + 14, true);
      if (format === 0xfffe) format = view.getUint16(body + 24, true);
    } else if (name === "data") {
      const width = bits / 8;
      const frames = Math.floor(Math.min(size, bytes.length - body) / (width * channels));
      const data = Array.from({ length: channels }, () => new Float32Array(frames));
      for (let frame = 0; frame < frames; frame++) {
        for (let channel = 0; channel < channels; channel++) {
          const at = body + (frame * channels + channel) * width;
          data[channel][frame] = format === 3 && bits === 32 ? view.getFloat32(at, true)
            : format === 1 && bits === 16 ? view.getInt16(at, true) / 32768
            : Number.NaN;
        }
      }
      if (frames > 0 && Number.isNaN(data[0][0])) throw new Error(`unsupported WAV sample format ${format}/${bits} bits`);
      return { sampleRate, channels: data };
    }
  }
  throw new Error("WAV file without data");
}
