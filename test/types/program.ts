// Test support: a song's modules compiled (parsed, resolved, type-checked module by module in
// import order); results as inferred schemes and `line:col: message` lines.

import { Compiler, type ModuleText } from "../../src/program/program.ts";
import { createPrimitives, primitiveDefinitions } from "../../src/reduce/index.ts";
import { folderReader, libraryFolder } from "../../src/session/files.ts";
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

export function checkSong(text: string, mainModule = declaredName(text)): CheckedSong {
  const compiler = new Compiler(createPrimitives({ read: (_name, _kind, _low, _high, initial) => initial }), primitiveDefinitions);
  const texts = new Map<string, ModuleText>([[mainModule, { name: mainModule, file: `${mainModule}.hs`, text, library: true }]]);
  const compiled = compiler.compile(texts, mainModule, folderReader([libraryFolder], true));
  const source = new Source(`${mainModule}.hs`, text);
  const compileErrors = compiled.diagnostics.filter((d) => d.severity === "error").map((d) => {
    const position = source.position(d.span.start);
    return `${d.span.file}:${position.line}:${position.column}: ${d.message}`;
  });
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
  const messages = (main?.diagnostics ?? []).filter((d) => d.kind !== "untyped").map((d) => {
    const position = source.position(d.span.start);
    return `${position.line}:${position.column}: ${messageOf(d)}`;
  });
  const schemes: string[] = [];
  const top = [...(main?.types.binders ?? [])].filter(([binder]) => binder instanceof GlobalCell);
  for (const [binder, scheme] of top) schemes.push(`${binder.name} :: ${printScheme(scheme)}`);
  return { results, resolved, imports, main, messages, compileErrors, schemes };
}

function declaredName(text: string): string {
  return /^module\s+([A-Z][\w.]*)/m.exec(text)?.[1] ?? "Main";
}
