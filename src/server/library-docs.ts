// The library's reference (docs/library.md) as hover notes for the studio: for each name in its
// tables, the modules whose section documents it, its one-line description and its example.
// One source for the documentation and the editor, so they cannot drift apart.

export interface LibraryDoc {
  /** The section's module and the modules its subsection names (`Euterpea`, `Euterpea.Play`). */
  readonly modules: readonly string[];
  /** As the table gives it (`Time -> Pitch -> [Event Message]`). */
  readonly type: string;
  readonly description: string;
  /** `expression → what show prints`. */
  readonly example?: string;
}

/** Every documented name (as the editor names it: `note`, `(+:+)`) with its entries. */
export function libraryDocs(markdown: string): Record<string, LibraryDoc[]> {
  const docs: Record<string, LibraryDoc[]> = {};
  let section: string[] = [];
  let modules: string[] = [];
  for (const line of markdown.split("\n")) {
    const heading = /^(#{2,3}) (.*)$/.exec(line);
    if (heading) {
      const named = [...heading[2].matchAll(/`([\w.]+)`/g)].map((match) => match[1]);
      if (heading[1] === "##") section = named.slice(0, 1);
      modules = heading[1] === "##" ? section : [...section, ...named];
      continue;
    }
    if (!line.startsWith("| `")) continue;
    const cells = line.split(" | ").map((cell) => cell.replace(/^\| ?| ?\|$/g, "").trim());
    if (cells.length < 3) continue;
    const example = /^`(.+)` → `(.+)`$/.exec(cells[3] ?? "");
    const entry: LibraryDoc = { modules, type: cells[1].replace(/^`|`$/g, ""), description: cells[2], ...(example ? { example: `${example[1]} → ${example[2]}` } : {}) };
    for (const name of [...cells[0].matchAll(/`([^`]+)`/g)].map((match) => match[1])) (docs[name] ??= []).push(entry);
  }
  return docs;
}
