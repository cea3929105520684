// The library image: the library's modules compiled by the build (`npm run build` writes it beside
// the compiled code), so that a song starts without compiling them again. Per module it holds the
// text it was compiled from, the modules it imports, and two parts read only when needed: what its
// importers see (interface, fixities, types) and its core definitions. A compiler uses a module's
// image only while its text is the same and its imports come from the image too.
//
// The file is a line of JSON (the index and the texts), then the parts, each JSON at a byte range.

import type { Encoded } from "./image-codec.ts";

/** One module in the image. */
export interface ImageRecord {
  readonly text: string;
  /** The modules it imports, in the order the compiler lists them. */
  readonly imports: readonly string[];
  /** Byte ranges of its parts, after the index line. */
  readonly front: readonly [number, number];
  readonly definitions: readonly [number, number];
}

interface ImageIndex {
  readonly format: number;
  /** The names of the classes the parts number (see image-classes.ts). */
  readonly classes: readonly string[];
  readonly modules: Readonly<Record<string, ImageRecord>>;
}

const FORMAT = 1;

export class LibraryImage {
  private readonly decoder = new TextDecoder();

  private constructor(private readonly index: ImageIndex, private readonly bytes: Uint8Array, private readonly base: number, readonly folder: string) {}

  /** The image in `bytes` of the library in `folder` (written by this version: the build writes both). */
  static read(bytes: Uint8Array, folder: string): LibraryImage {
    const newline = bytes.indexOf(10);
    const index = newline < 0 ? undefined : JSON.parse(new TextDecoder().decode(bytes.subarray(0, newline))) as ImageIndex;
    if (index?.format !== FORMAT) throw new Error("the library image was written by another version of Refrain: run npm run build");
    return new LibraryImage(index, bytes, newline + 1, folder);
  }

  /** The names of the classes its parts number (see image-classes.ts). */
  get classes(): readonly string[] {
    return this.index.classes;
  }

  record(name: string): ImageRecord | undefined {
    return Object.hasOwn(this.index.modules, name) ? this.index.modules[name] : undefined;
  }

  part(range: readonly [number, number]): Encoded {
    return JSON.parse(this.decoder.decode(this.bytes.subarray(this.base + range[0], this.base + range[1]))) as Encoded;
  }
}

/** A module as written into an image: its parts already encoded. */
export interface ImageEntry {
  readonly name: string;
  readonly text: string;
  readonly imports: readonly string[];
  readonly front: Encoded;
  readonly definitions: Encoded;
}

export function writeLibraryImage(entries: readonly ImageEntry[], classes: readonly string[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let offset = 0;
  const place = (encoded: Encoded): [number, number] => {
    const bytes = encoder.encode(JSON.stringify(encoded));
    parts.push(bytes);
    offset += bytes.length;
    return [offset - bytes.length, offset];
  };
  const modules: Record<string, ImageRecord> = {};
  for (const entry of entries) {
    modules[entry.name] = { text: entry.text, imports: entry.imports, front: place(entry.front), definitions: place(entry.definitions) };
  }
  const index: ImageIndex = { format: FORMAT, classes, modules };
  const head = encoder.encode(`${JSON.stringify(index)}\n`);
  const image = new Uint8Array(head.length + offset);
  image.set(head, 0);
  let at = head.length;
  for (const part of parts) {
    image.set(part, at);
    at += part.length;
  }
  return image;
}
