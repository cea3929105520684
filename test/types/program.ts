// Test support: a song's modules compiled (parsed, resolved, type-checked module by module in
// import order, type errors deferred so that every result can be read); results as inferred
// schemes and `line:col: message` lines (earlier stages' errors apart, in `compileErrors`).

import { Compiler, type ModuleText } from "../../src/program/program.ts";
import { createPrimitives, primitiveDefinitions } from "../../src/reduce/index.ts";
import { folderReader } from "../../src/session/files.ts";
import { libraryFolder } from "../../src/session/places.ts";
import { GlobalCell } from "../../src/core/term.ts";
import { Source } from "../../src/text/index.ts";
import type { ResolvedModule } from "../../src/resolve/index.ts";
import { combineEnvironments, emptyEnvironment, messageOf, printScheme, type TypeCheckResult, type TypeEnvironment } from "../../src/types/index.ts";

export interface CheckedSong {
  readonly results: Map<string, TypeCheckResult>;
  /** The resolved modules, and the environment the main module was checked against (for re-checks). */
  readonly resolved: Map<string, ResolvedModule>;
  readonly imports: TypeEnvironment;
  /** The main module's result. */
  readonly main: TypeCheckResult;
  /** `line:col: message` for each diagnostic of the main module. */
  readonly messages: string[];
  /** Earlier stages' errors (parse, resolve), as text. */
  readonly compileErrors: string[];
  /** `name :: type` for each top-level binder of the main module, in source order. */
  readonly schemes: string[];
}

/** Type errors as warnings, so that the program compiles and its types can be read (its first line, not counted). */
const deferred = "{-# OPTIONS_GHC -fdefer-type-errors #-}\n";

export function checkSong(text: string, mainModule = declaredName(text)): CheckedSong {
  const compiler = new Compiler(createPrimitives({ read: (_name, _kind, _low, _high, initial) => initial }), primitiveDefinitions);
  const texts = new Map<string, ModuleText>([[mainModule, { name: mainModule, file: `${mainModule}.hs`, text: deferred + text, library: true }]]);
  const compiled = compiler.compile(texts, mainModule, folderReader([libraryFolder], true));
  const source = new Source(`${mainModule}.hs`, deferred + text);
  const place = (offset: number) => {
    const position = source.position(offset);
    return `${position.line - 1}:${position.column}`;
  };
  const compileErrors = compiled.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.span.file}:${place(d.span.start)}: ${d.message}`);
  const results = new Map<string, TypeCheckResult>();
  const resolved = new Map<string, ResolvedModule>();
  let environment: TypeEnvironment = emptyEnvironment;
  let imports = environment;
  for (const [name, module] of compiled.program?.modules ?? []) {
    resolved.set(name, module.resolved);
    if (name === mainModule) imports = environment;
    if (!module.typed) continue;
    results.set(name, module.typed);
    environment = combineEnvironments([environment, module.typed.environment]);
  }
  const main = results.get(mainModule)!;
  const messages = (main?.diagnostics ?? []).filter((d) => d.kind !== "untyped").map((d) => `${place(d.span.start)}: ${messageOf(d)}`);
  const schemes: string[] = [];
  const top = [...(main?.types.binders ?? [])].filter(([binder]) => binder instanceof GlobalCell);
  for (const [binder, scheme] of top) schemes.push(`${binder.name} :: ${printScheme(scheme)}`);
  return { results, resolved, imports, main, messages, compileErrors, schemes };
}

function declaredName(text: string): string {
  return /^module\s+([A-Z][\w.]*)/m.exec(text)?.[1] ?? "Main";
}
