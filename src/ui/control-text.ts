// A control's value written back into the song's text: the default (last) argument of
// `slider "name" low high default` or `checkBox "name" default` becomes the value the widget
// was left at, so the code says what is heard.

/** An integer argument as written: `220`, `-3`, `(-12)`. */
const integer = String.raw`(?:\(\s*-\s*\d+\s*\)|-?\d+)`;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The text with the control's default replaced (its first call, by name), or undefined when the text has no such call. */
export function withControlDefault(text: string, kind: "slider" | "checkBox", name: string, value: number): string | undefined {
  const quoted = `"${escaped(name.replace(/\\/g, "\\\\").replace(/"/g, '\\"'))}"`;
  const pattern = kind === "slider"
    ? new RegExp(String.raw`(\bslider\s+${quoted}\s+${integer}\s+${integer}\s+)${integer}`)
    : new RegExp(String.raw`(\bcheckBox\s+${quoted}\s+)(?:True|False)\b`);
  // The first call outside a line comment.
  const match = [...text.matchAll(new RegExp(pattern, "g"))].find((found) => !text.slice(text.lastIndexOf("\n", found.index) + 1, found.index).includes("--"));
  if (!match) return undefined;
  const written = kind === "checkBox" ? (value !== 0 ? "True" : "False") : value < 0 ? `(${value})` : String(value);
  return text.slice(0, match.index) + match[1] + written + text.slice(match.index + match[0].length);
}
