// WAV files: stereo float samples to a 16-bit PCM RIFF file and back (the reader also takes
// 32-bit float and any channel count, so tests and benchmarks can check other renderers' files).

export interface Audio {
  readonly sampleRate: number;
  /** One array per channel, samples in -1..1. */
  readonly channels: readonly Float32Array[];
}

function ascii(view: DataView, offset: number, text: string): void {
  for (let index = 0; index < text.length; index++) view.setUint8(offset + index, text.charCodeAt(index));
}

/** A 16-bit PCM WAV file; samples beyond -1..1 are clipped. */
export function encodeWave(audio: Audio): Uint8Array {
  const channels = audio.channels.length;
  const frames = audio.channels[0]?.length ?? 0;
  const dataSize = frames * channels * 2;
  const view = new DataView(new ArrayBuffer(44 + dataSize));
  ascii(view, 0, "RIFF");
  view.setUint32(4, 36 + dataSize, true);
  ascii(view, 8, "WAVEfmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, audio.sampleRate, true);
  view.setUint32(28, audio.sampleRate * channels * 2, true);
  view.setUint16(32, channels * 2, true);
  view.setUint16(34, 16, true);
  ascii(view, 36, "data");
  view.setUint32(40, dataSize, true);
  let offset = 44;
  for (let frame = 0; frame < frames; frame++) {
    for (const channel of audio.channels) {
      const sample = Math.max(-1, Math.min(1, channel[frame]));
      view.setInt16(offset, Math.round(sample * 32767), true);
      offset += 2;
    }
  }
  return new Uint8Array(view.buffer);
}

/** Reads a PCM 16-bit or float 32-bit WAV file. */
export function decodeWave(bytes: Uint8Array): Audio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (tag(0) !== "RIFF" || tag(8) !== "WAVE") throw new Error("not a WAV file");
  let format = 0, channels = 0, sampleRate = 0, bits = 0;
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (tag(offset) === "fmt ") {
      format = view.getUint16(body, true);
      channels = view.getUint16(body + 2, true);
      sampleRate = view.getUint32(body + 4, true);
      bits = view.getUint16(body + 14, true);
      if (format === 0xfffe) format = view.getUint16(body + 24, true);
    } else if (tag(offset) === "data") {
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
    offset = body + size + (size % 2);
  }
  throw new Error("WAV file without data");
}
