// Completion in the editor: the library names the module's imports bring (with their type, their
// one-line description and example from docs/library.md, as hover shows them) and the module's
// own top-level names.

import type { Completion, CompletionContext, CompletionResult } from "@codemirror/autocomplete";
import { keywords } from "../lex/token.ts";
import type { LibraryDoc } from "../server/library-docs.ts";
import { documentedNames } from "./type-hover.ts";

/** The modules a module's text imports, the Prelude among them unless it opts out. */
export function importedModules(text: string): Set<string> {
  const modules = new Set([...text.matchAll(/^import\s+(?:qualified\s+)?([A-Z][\w.]*)/gm)].map((match) => match[1]));
  if (!/\{-#\s*LANGUAGE\s+NoImplicitPrelude\s*#-\}/.test(text)) modules.add("Prelude");
  return modules;
}

/** The names a module defines at the top level (`name ::` or `name … =` at the start of a line). */
export function topLevelNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/^([a-z_][\w']*)(?=[^\n]*?(?:::|=))/gm)) {
    if (!keywords.has(match[1])) names.add(match[1]);
  }
  return names;
}

/** The options for a text: documented names of its imports, then its own names. */
export function completionOptions(text: string, docs: Readonly<Record<string, readonly LibraryDoc[]>>): Completion[] {
  const imported = importedModules(text);
  const options: Completion[] = [];
  for (const [name, entries] of Object.entries(docs)) {
    const entry = entries.find((candidate) => candidate.modules.some((module) => imported.has(module)));
    if (!entry || !/^[a-z_]/.test(name)) continue;
    options.push({
      label: name,
      type: "function",
      detail: entry.type,
      info: entry.example ? `${entry.description}\n${entry.example}` : entry.description,
    });
  }
  const documented = new Set(options.map((option) => option.label));
  for (const name of topLevelNames(text)) {
    if (!documented.has(name)) options.push({ label: name, type: "variable", detail: "this module" });
  }
  return options;
}

/** CodeMirror's completion source: a word being typed, or any position when asked (Ctrl-Space). */
export function libraryCompletions(context: CompletionContext): CompletionResult | null {
  const word = context.matchBefore(/[A-Za-z_][\w']*/);
  if (!word && !context.explicit) return null;
  return { from: word?.from ?? context.pos, options: completionOptions(context.state.doc.toString(), documentedNames()), validFor: /^[\w']*$/ };
}
