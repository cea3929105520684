// RIFF files (WAV, SoundFont): their chunks, each a four-letter name and a size, padded to an even length.

/** A chunk: its name and where its contents are. */
export interface RiffChunk {
  readonly name: string;
  readonly start: number;
  readonly size: number;
}

/**
 * The chunks laid one after another in `bytes` from `from` to `to` (the contents of a file or of a
 * LIST); `arriving` is told where each chunk starts before its header is read (to read it from a file).
 */
export function* riffChunks(bytes: Uint8Array, from: number, to = bytes.length, arriving?: (at: number) => void): Generator<RiffChunk> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = from; at + 8 <= to; ) {
    arriving?.(at);
    const size = view.getUint32(at + 4, true);
    yield { name: fourCC(bytes, at), start: at + 8, size };
    at += 8 + size + (size % 2);
  }
}

/** The four letters at `at`. */
export function fourCC(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + 4));
}
