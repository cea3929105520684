// Literate Haskell (`.lhs`): the code of a literate file, in place. Either bird style (code lines
// start with `>`) or LaTeX style (code between `\begin{code}` and `\end{code}`); everything else
// is commentary. Commentary and the markers become spaces, so every offset, line and column of the
// code stays where it is in the file: messages and highlights point into the text as written.

/** Whether `file` is literate Haskell (by its extension, as GHC decides). */
export function isLiterate(file: string): boolean {
  return file.endsWith(".lhs");
}

const blank = (text: string) => text.replace(/[^\n]/g, " ");

/** The text with its commentary blanked out. */
export function unlit(text: string): string {
  const lines = text.split("\n");
  if (lines.some((line) => /^\\begin\{code\}\s*$/.test(line))) {
    let code = false;
    return lines.map((line) => {
      if (/^\\begin\{code\}\s*$/.test(line)) return (code = true), blank(line);
      if (/^\\end\{code\}\s*$/.test(line)) return (code = false), blank(line);
      return code ? line : blank(line);
    }).join("\n");
  }
  return lines.map((line) => (line.startsWith(">") ? ` ${line.slice(1)}` : blank(line))).join("\n");
}
