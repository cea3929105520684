// What "Play selection" plays: the selection, or else the right-hand side of the definition the
// cursor is in (all its lines, up to the next line at the left margin), or else the cursor's line.
// Pure text work, so that it is tested without a browser.

/** The range of `text` to play, given the selection (`from` = `to`: just a cursor). */
export function playableRange(text: string, from: number, to: number): { from: number; to: number } {
  if (from !== to) return { from, to };
  const lineStart = text.lastIndexOf("\n", from - 1) + 1;
  const lineEnd = endOfLine(text, from);
  let start = lineStart;
  // A continuation line (indented) belongs to the definition that starts above it at the margin.
  while (start > 0 && /^[ \t]/.test(text.slice(start, start + 1))) start = text.lastIndexOf("\n", start - 2) + 1;
  let end = endOfLine(text, start);
  while (end < text.length && /^[ \t]+\S/.test(text.slice(end + 1, endOfLine(text, end + 1)))) end = endOfLine(text, end + 1);
  const equals = definingEquals(text.slice(start, end));
  if (equals === undefined) return { from: lineStart, to: lineEnd };
  const body = text.slice(start + equals + 1, end);
  const trimmed = body.replace(/\s*;?\s*$/, "");
  const leading = body.length - body.trimStart().length;
  return { from: start + equals + 1 + leading, to: start + equals + 1 + trimmed.length };
}

function endOfLine(text: string, position: number): number {
  const end = text.indexOf("\n", position);
  return end === -1 ? text.length : end;
}

/**
 * Where the `=` of a definition `name args = body` is, outside brackets and literals; undefined
 * for anything else (no name at the margin, a type signature, guards, a comment).
 */
function definingEquals(definition: string): number | undefined {
  if (!/^[a-z_][\w']*/.test(definition)) return undefined;
  let depth = 0;
  for (let index = 0; index < definition.length; index++) {
    const character = definition[index];
    if (character === '"' || character === "'") {
      const close = definition.indexOf(character, index + 1);
      if (close === -1) return undefined;
      index = close;
    } else if ("([{".includes(character)) depth++;
    else if (")]}".includes(character)) depth--;
    else if (depth === 0 && (character === "|" || definition.startsWith("::", index) || definition.startsWith("--", index))) return undefined;
    else if (depth === 0 && character === "=" && !isOperatorCharacter(definition[index - 1]) && !isOperatorCharacter(definition[index + 1])) return index;
  }
  return undefined;
}

function isOperatorCharacter(character: string | undefined): boolean {
  return character !== undefined && "!#$%&*+./<=>?@\\^|-~:".includes(character);
}
