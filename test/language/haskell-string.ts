// Reads a Haskell string literal as `show` prints it (for comparing program output with text).

const named: Record<string, number> = {
  NUL: 0, SOH: 1, STX: 2, ETX: 3, EOT: 4, ENQ: 5, ACK: 6, a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, SO: 14, SI: 15,
  DLE: 16, DC1: 17, DC2: 18, DC3: 19, DC4: 20, NAK: 21, SYN: 22, ETB: 23, CAN: 24, EM: 25, SUB: 26, ESC: 27, FS: 28,
  GS: 29, RS: 30, US: 31, DEL: 127, '"': 34, "'": 39, "\\": 92,
};

/** The text of a shown string, or undefined when `shown` is not a string literal. */
export function decodeStringLiteral(shown: string): string | undefined {
  if (!/^".*"$/s.test(shown)) return undefined;
  return shown.slice(1, -1).replace(/\\(\d+|&|NUL|SOH|STX|ETX|EOT|ENQ|ACK|SO|SI|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|FS|GS|RS|US|DEL|.)/g,
    (_, code: string) => (code === "&" ? "" : /^\d+$/.test(code) ? String.fromCodePoint(Number(code)) : String.fromCharCode(named[code] ?? code.charCodeAt(0))));
}
