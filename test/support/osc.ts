// An OSC bundle reader for tests: time tag and messages with int32 and string arguments.

export interface ReadBundle {
  /** The time tag as Unix ms. */
  readonly time: number;
  readonly messages: { readonly address: string; readonly arguments: (number | string)[] }[];
}

export function readBundle(bytes: Uint8Array): ReadBundle {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  const string = () => {
    const end = bytes.indexOf(0, offset);
    const text = new TextDecoder().decode(bytes.subarray(offset, end));
    offset = (end + 4) & ~3;
    return text;
  };
  if (string() !== "#bundle") throw new Error("not a bundle");
  const time = (view.getUint32(offset) - 2_208_988_800) * 1000 + (view.getUint32(offset + 4) / 2 ** 32) * 1000;
  offset += 8;
  const messages: ReadBundle["messages"] = [];
  while (offset < bytes.length) {
    const end = offset + 4 + view.getInt32(offset);
    offset += 4;
    const address = string();
    const tags = string().slice(1);
    const args = [...tags].map((tag) => {
      if (tag === "s") return string();
      const value = view.getInt32(offset);
      offset += 4;
      return value;
    });
    messages.push({ address, arguments: args });
    offset = end;
  }
  return { time, messages };
}
