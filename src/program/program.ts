// A song's program: its modules loaded (song folder, -I paths, library), parsed, ordered by
// imports and compiled. The compiler keeps the live cells across versions; `commit` swaps a
// new version in at once, so the running term sees it at its next unfolding.

import { Constructor, GlobalCell, HIDDEN_NAME, SharedConstants, builtinModuleName, type Definition, type Fixity, type Lambda, type Primitive } from "../core/index.ts";
import { Dictionaries, desugarExpression, desugarModule, type Locating, type Support } from "../desugar/index.ts";
import type { CompiledModule } from "./compiled-module.ts";
import { decode, encode, type ClassCodec, type Externals } from "./image-codec.ts";
import { classNames, imageClasses, imageExternals, type ImageRegistry } from "./image-classes.ts";
import { ImagedModule, type FrontEnd, type ImagedFront } from "./imaged-module.ts";
import { writeLibraryImage, type ImageRecord, type LibraryImage } from "./library-image.ts";
import { checkExpression, checkModule, combineEnvironments, isAction, toDiagnostic, type ModuleEnvironment as ModuleTypeEnvironment, type Scheme, type TypeCheckResult, type TypeEnvironment } from "../types/index.ts";
import { Locals, Resolver, implicitModule, importsPreludeImplicitly, type Expr as ResolvedExpr, resolveExpr, resolveModule, type ModuleEnvironment, type ModuleInterface, type ModuleResolution, type Registry, type ValueEntity } from "../resolve/index.ts";
import { parseExpression, parseModule, type Expr as SyntaxExpr, type Module } from "../parse/index.ts";
import { DiagnosticError, Source, error, hasErrors, type Diagnostic, type Span } from "../text/index.ts";

export interface ModuleText {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  /** Part of the library (not one of the song's own, editable modules). */
  readonly library?: boolean;
}

/** Finds a module's text by name (song folder, then -I paths, then the library), or undefined. */
export type ModuleReader = (name: string) => ModuleText | undefined;

export class Program {
  constructor(
    readonly modules: ReadonlyMap<string, CompiledModule>,
    readonly texts: ReadonlyMap<string, ModuleText>,
    readonly mainModule: string,
    readonly definitions: ReadonlyMap<GlobalCell, Definition>,
    /** Declared fixities by entity (for compiling expressions in a module's scope later). */
    readonly fixities: Map<object, Fixity>,
  ) {}

  module(name: string): CompiledModule | undefined {
    return this.modules.get(name);
  }

  /** The type of a top-level name in this version, if it has one. */
  scheme(cell: GlobalCell): Scheme | undefined {
    for (const module of this.modules.values()) {
      const scheme = module.environment?.modules.get(module.name)?.values.get(cell);
      if (scheme) return scheme;
    }
    return undefined;
  }

  /** Every module's types, classes and instances (for comparing schemes). */
  get typeEnvironment(): TypeEnvironment {
    return combineEnvironments([...this.modules.values()].flatMap((module) => (module.environment ? [module.environment] : [])));
  }

  /** Whether `main` is an action (`main :: IO ()`), played through `runIO`, rather than a list of elements. */
  get mainIsAction(): boolean {
    const cell = this.mainCell;
    const scheme = cell && this.scheme(cell);
    return scheme !== undefined && isAction(scheme.type);
  }

  /** The cell of `main` in the main module, if the module defines or imports one. */
  get mainCell(): GlobalCell | undefined {
    const found = this.modules.get(this.mainModule)?.scope.lookup(mainName);
    return found?.kind === "found" && found.entity.kind === "global" ? found.entity.cell : undefined;
  }
}

/** The function that plays an action as a list of elements. */
export const actionRunner = { module: "Refrain.IO", name: "runIO" } as const;
/** What plays music (of a song that imports Euterpea). */
const musicPlayer = { module: "Euterpea.Play", name: "play" } as const;

const mainName = { qualifier: undefined, text: "main", span: { file: "", start: 0, end: 0 } };

export interface CompileResult {
  readonly program: Program | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * What a compile is for: a program to run, or only its diagnostics (`refrain check`). Desugaring
 * finds no errors, so a check does not desugar; and of the library's modules, known to be well
 * typed, it takes the interfaces without checking their bodies.
 */
export type CompilePurpose = "run" | "check";

/** A module compiled before, reused while its text and the modules it imports stay the same. */
interface Reusable {
  readonly text: string;
  readonly imports: readonly CompiledModule[];
  readonly compiled: CompiledModule;
  /** Desugared to core (not when compiled for `check`). */
  readonly runnable: boolean;
}

export class Compiler implements Registry, ImageRegistry {
  private readonly reusable = new Map<string, Reusable>();
  private readonly cells = new Map<string, GlobalCell>();
  private readonly sharing = new SharedConstants();
  private readonly constructors = new Map<string, Constructor>();
  private readonly parsed = new Map<string, { text: string; ast: Module | DiagnosticError }>();
  private readonly sources = new Map<string, Source>();
  private readonly support: Support;
  private readonly negate: Primitive;
  private readonly show: Primitive;
  /** The library image and how to decode it. */
  private readonly reading: { readonly image: LibraryImage; readonly classes: readonly ClassCodec[]; readonly externals: Externals } | undefined;

  /** `image`: the library compiled by the build, used for the modules whose texts it was compiled from. */
  constructor(readonly primitives: readonly Primitive[], private readonly primitiveDefinitions: string, image?: LibraryImage) {
    this.negate = primitives.find((primitive) => primitive.name === "negate")!;
    this.show = primitives.find((primitive) => primitive.name === "show")!;
    this.support = { concatMap: this.cell(builtinModuleName, "primConcatMap") };
    if (image) {
      const classes = imageClasses(this);
      if (image.classes.join() !== classNames(classes).join()) throw new Error("the library image was written by another version of Refrain: run npm run build");
      this.reading = { image, classes, externals: imageExternals(this, image.folder) };
    }
  }

  /** How a song's module (of `text`) makes its notes carry their places, given the definitions compiled before it. */
  private locating(text: string, definitions: ReadonlyMap<GlobalCell, Definition>): Locating {
    return {
      located: this.primitives.find((primitive) => primitive.name === "primLocated")!,
      missingOne: this.cell(builtinModuleName, "primLocated1"),
      missingTwo: this.cell(builtinModuleName, "primLocated2"),
      text,
      arity: (cell) => definitions.get(cell)?.lambda.arity,
    };
  }

  cell(module: string, name: string, key = name): GlobalCell {
    return this.liveCell(module, name, key, false);
  }

  dictionaryCell(module: string, key: string, name: string): GlobalCell {
    return this.liveCell(module, name, key, true);
  }

  private liveCell(module: string, name: string, key: string, dictionary: boolean): GlobalCell {
    return this.cellNamed(`${module}.${key}`, name, dictionary);
  }

  cellNamed(qualified: string, name: string, dictionary: boolean): GlobalCell {
    let cell = this.cells.get(qualified);
    if (!cell) {
      cell = new GlobalCell(qualified, name, this.sharing, dictionary);
      this.cells.set(qualified, cell);
    }
    return cell;
  }

  dictionaryConstructor(module: string, className: string, layout: string, arity: number): Constructor {
    const key = `${module}.${HIDDEN_NAME}${className} ${layout}`;
    const existing = this.constructors.get(key);
    if (existing) return existing;
    const created = new Constructor(className, module, 0, arity, [], undefined, [], true);
    created.siblings = [created];
    this.constructors.set(key, created);
    return created;
  }

  constructorKey(constructor: Constructor): string | undefined {
    for (const [key, registered] of this.constructors) if (registered === constructor) return key;
    return undefined;
  }

  adoptConstructor(key: string, name: string, module: string, tag: number, arity: number, fields: readonly string[], fixity: Fixity | undefined, dictionary: boolean): Constructor {
    let constructor = this.constructors.get(key);
    if (!constructor) {
      constructor = new Constructor(name, module, tag, arity, fields, fixity, [], dictionary);
      this.constructors.set(key, constructor);
    }
    return constructor;
  }

  dataConstructor(module: string, name: string, tag: number, arity: number, fields: readonly string[], fixity: Fixity | undefined): Constructor {
    const key = `${module}.${name}`;
    const existing = this.constructors.get(key);
    if (existing && existing.tag === tag && existing.arity === arity
      && existing.fields.join() === fields.join() && existing.fixity?.precedence === fixity?.precedence
      && existing.fixity?.associativity === fixity?.associativity) return existing;
    const created = new Constructor(name, module, tag, arity, fields, fixity);
    this.constructors.set(key, created);
    return created;
  }

  /** The source of a file compiled so far (for printing diagnostics). */
  source(file: string): Source | undefined {
    return this.sources.get(file);
  }

  /** Compiles the song: the given modules plus everything they import, found through `reader`. */
  compile(given: ReadonlyMap<string, ModuleText>, mainModule: string, reader: ModuleReader, purpose: CompilePurpose = "run"): CompileResult {
    const texts = new Map(given);
    texts.set(builtinModuleName, { name: builtinModuleName, file: "<primitive>", text: this.primitiveDefinitions, library: true });
    const diagnostics: Diagnostic[] = [];
    // Each module's imports: from its syntax tree, or for a library module in the image, from the image.
    const found = new Map<string, Imports>();
    const failed = new Set<string>();
    const load = (text: ModuleText, span: Span | undefined): Imports | undefined => {
      const record = this.imageRecord(text);
      if (record) return { names: record.imports, record };
      const ast = this.parse(text);
      if (ast instanceof DiagnosticError) {
        diagnostics.push(...ast.diagnostics);
        return undefined;
      }
      if (ast.name.text !== text.name && span) diagnostics.push(error(ast.name.span, `the file ${text.file} declares module \`${ast.name.text}\`, but \`${text.name}\` was expected`));
      return { names: importsOf(text.name, ast), ast };
    };
    const pending: [string, Span | undefined][] = [[mainModule, undefined], [implicitModule, undefined], [builtinModuleName, undefined]];
    while (pending.length > 0) {
      const [name, span] = pending.pop()!;
      if (found.has(name) || failed.has(name)) continue;
      let text = texts.get(name);
      if (!text) {
        text = reader(name);
        if (!text) {
          if (span) diagnostics.push(error(span, `module \`${name}\` not found in the song's folder, the -I folders or the library`));
          failed.add(name);
          continue;
        }
        texts.set(name, text);
      }
      const imports = load(text, span);
      if (!imports) {
        failed.add(name);
        continue;
      }
      found.set(name, imports);
      if (imports.ast) for (const declaration of imports.ast.imports) pending.push([declaration.module.text, declaration.module.span]);
      else for (const imported of imports.names) pending.push([imported, undefined]);
    }
    if (hasErrors(diagnostics)) return { program: undefined, diagnostics };

    const order = importOrder(found, diagnostics);
    if (hasErrors(diagnostics)) return { program: undefined, diagnostics };

    const interfaces = new Map<string, ModuleInterface>();
    const modules = new Map<string, CompiledModule>();
    const definitions = new Map<GlobalCell, Definition>();
    const environment = { registry: this, fixities: new Map<object, Fixity>(), interfaces, primitives: this.primitives };
    const runnable = purpose === "run";
    for (const name of order) {
      const text = texts.get(name)!;
      const { names, record } = found.get(name)!;
      const imports = names.map((imported) => modules.get(imported)!);
      const earlier = this.reusable.get(name);
      const reused = earlier && earlier.text === text.text && earlier.imports.length === imports.length
        && earlier.imports.every((module, index) => module === imports[index]) && (earlier.runnable || !runnable);
      const imaged = !reused && record && imports.every((module) => module instanceof ImagedModule) ? this.imaged(name, text, record, environment, imports) : undefined;
      const compiled = reused ? earlier.compiled : imaged
        ?? this.compileModule(this.parsedModule(text), text, environment, imports, purpose, text.library ? undefined : this.locating(text.text, definitions));
      if (!reused) this.reusable.set(name, { text: text.text, imports, compiled, runnable: runnable || imaged !== undefined });
      for (const [entity, fixity] of compiled.fixities) environment.fixities.set(entity, fixity);
      modules.set(name, compiled);
      interfaces.set(name, compiled.interface);
      if (runnable) for (const [cell, definition] of compiled.definitions) definitions.set(cell, definition);
      diagnostics.push(...compiled.diagnostics);
    }
    if (hasErrors(diagnostics)) return { program: undefined, diagnostics };
    return { program: new Program(modules, texts, mainModule, definitions, environment.fixities), diagnostics };
  }

  /** The image's record of a library module, if it was compiled from this very text. */
  private imageRecord(text: ModuleText): ImageRecord | undefined {
    const record = text.library ? this.reading?.image.record(text.name) : undefined;
    return record?.text === text.text ? record : undefined;
  }

  /** A library module from the image (its imports are from the image too). */
  private imaged(name: string, text: ModuleText, record: ImageRecord, environment: ModuleEnvironment, imports: readonly CompiledModule[]): ImagedModule {
    const { image, classes, externals } = this.reading!;
    const front = decode(image.part(record.front), classes, externals) as ImagedFront & { readonly environment: ModuleTypeEnvironment };
    const imported = combineEnvironments(imports.map((module) => module.environment!));
    this.sources.set(text.file, new Source(text.file, text.text));
    const frontEnd = (): FrontEnd => {
      const syntax = this.parsedModule(text);
      const { resolution, typed } = this.resolveAndCheck(syntax, text, environment, imports, false);
      return { syntax, scope: resolution.scope, resolved: resolution.module, typed };
    };
    const definitions = () => decode(image.part(record.definitions), classes, externals) as ReadonlyMap<GlobalCell, Definition>;
    return new ImagedModule(name, front, { modules: new Map(imported.modules).set(name, front.environment) }, frontEnd, definitions);
  }

  /**
   * The library image of the library modules of `programs` (see library-image.ts), which this
   * compiler compiled to run, without errors.
   */
  writeImage(programs: readonly Program[], libraryFolder: string): Uint8Array {
    const classes = imageClasses(this);
    const externals = imageExternals(this, libraryFolder);
    const modules = new Map<string, { module: CompiledModule; text: ModuleText }>();
    for (const program of programs) {
      for (const module of program.modules.values()) {
        const text = program.texts.get(module.name)!;
        if (text.library) modules.set(module.name, { module, text });
      }
    }
    const entries = [...modules.values()].map(({ module, text }) => {
      const front = {
        interface: module.interface, fixities: module.fixities, fieldOwners: module.fieldOwners, defersTypeErrors: module.defersTypeErrors,
        diagnostics: module.diagnostics, environment: module.environment!.modules.get(module.name)!,
      };
      return { name: module.name, text: text.text, imports: importsOf(module.name, module.syntax), front: encode(front, classes, externals), definitions: encode(module.definitions, classes, externals) };
    });
    return writeLibraryImage(entries, classNames(classes));
  }

  /** Resolves, type-checks (against the environments of its imports) and, to run it, desugars one module. */
  private compileModule(ast: Module, text: ModuleText, environment: ModuleEnvironment, imports: readonly CompiledModule[], purpose: CompilePurpose, locating?: Locating): CompiledModule {
    const { resolution, typed } = this.resolveAndCheck(ast, text, environment, imports, purpose === "check" && text.library === true);
    const deferred = defersTypeErrors(text.text);
    const typeDiagnostics = (typed?.diagnostics ?? []).map(toDiagnostic).map((diagnostic) => (deferred ? asWarning(diagnostic) : diagnostic));
    const definitions = purpose === "run" ? desugarModule(resolution.module, this.support, new Dictionaries(typed?.evidence, this, ast.name.text), locating) : new Map<GlobalCell, Definition>();
    return {
      name: ast.name.text, interface: resolution.interface, scope: resolution.scope, syntax: ast, fieldOwners: resolution.fieldOwners,
      fixities: resolution.fixities, resolved: resolution.module, typed, environment: typed?.environment, defersTypeErrors: deferred, definitions,
      diagnostics: [...resolution.diagnostics, ...typeDiagnostics],
    };
  }

  /** Resolves a module and, if it resolved, type-checks it (`interfaceOnly`: see checkModule). */
  private resolveAndCheck(ast: Module, text: ModuleText, environment: ModuleEnvironment, imports: readonly CompiledModule[], interfaceOnly: boolean):
    { resolution: ModuleResolution; typed: TypeCheckResult | undefined } {
    const resolution = resolveModule(ast, environment, text.library === true);
    const resolved = !hasErrors(resolution.diagnostics) && imports.every((module) => module.environment !== undefined);
    const typed = resolved ? checkModule(resolution.module, combineEnvironments(imports.map((module) => module.environment!)), interfaceOnly) : undefined;
    return { resolution, typed };
  }

  /**
   * Compiles an expression (e.g. for `refrain eval` or "play term") in the scope of one of the
   * program's modules, to a body without arguments. `shown`: as `show (expression)` where its type
   * has a Show instance (as GHCi prints a value); `shown` in the result says whether it is.
   */
  /**
   * `shown`: printed through `show` where it can be; `played`: music (a `Music` value) is taken as
   * what Euterpea's `play` plays.
   */
  compileExpression(program: Program, moduleName: string, file: string, text: string, options: { shown?: boolean; played?: boolean } = {}):
    { lambda: Lambda | undefined; diagnostics: Diagnostic[]; shown?: boolean } {
    const compiled = program.module(moduleName);
    if (!compiled) return { lambda: undefined, diagnostics: [error({ file, start: 0, end: 0 }, `no module \`${moduleName}\``)] };
    const source = new Source(file, text);
    this.sources.set(file, source);
    let expression: SyntaxExpr;
    try {
      expression = parseExpression(source);
    } catch (problem) {
      if (problem instanceof DiagnosticError) return { lambda: undefined, diagnostics: problem.diagnostics };
      throw problem;
    }
    const resolver = new Resolver(moduleName, compiled.scope, program.fixities, this.negate);
    for (const [field, owners] of compiled.fieldOwners) resolver.fieldOwners.set(field, [...owners]);
    const resolved = resolveExpr(resolver, expression, new Locals(undefined));
    if (hasErrors(resolver.diagnostics)) return { lambda: undefined, diagnostics: resolver.diagnostics };
    const check = (candidate: ResolvedExpr) => {
      const typed = compiled.environment ? checkExpression(candidate, compiled.environment, moduleName, compiled.resolved.defaults) : undefined;
      const typeErrors = (typed?.diagnostics ?? []).map(toDiagnostic).map((diagnostic) => (compiled.defersTypeErrors ? asWarning(diagnostic) : diagnostic));
      return { candidate, typed, typeErrors, wellTyped: typed !== undefined && typed.diagnostics.length === 0 };
    };
    const applied = (entity: Exclude<ValueEntity, { kind: "constructor" }>, argument: ResolvedExpr): ResolvedExpr =>
      ({ kind: "app", function: { kind: "global", entity, span: argument.span }, args: [argument], span: argument.span });
    // An action is taken as the elements it plays (as GHCi runs an action); music, when asked, as `play` plays it.
    const global = (where: { module: string; name: string }) => ({ kind: "global", cell: this.cell(where.module, where.name), ...where }) as const;
    const run = global(actionRunner);
    const actions = [resolved, ...(options.played ? [applied(global(musicPlayer), resolved)] : [])];
    let running: ReturnType<typeof check> | undefined;
    for (const action of actions) {
      running = check(applied(run, action));
      if (running.wellTyped) break;
      running = undefined;
    }
    const played = running ? running.candidate : resolved;
    const show = { kind: "primitive", primitive: this.show, module: builtinModuleName, name: "show" } as const;
    const showing = options.shown ? check(applied(show, played)) : undefined;
    const shown = showing !== undefined && !hasErrors(showing.typeErrors);
    const { candidate, typed, typeErrors } = shown ? showing : running ?? check(resolved);
    if (hasErrors(typeErrors)) return { lambda: undefined, diagnostics: [...resolver.diagnostics, ...typeErrors] };
    const lambda = desugarExpression(candidate, this.support, new Dictionaries(typed?.evidence, this));
    return { lambda, diagnostics: [...resolver.diagnostics, ...typeErrors], shown };
  }

  /** Diagnostics print against `program`'s texts again (after a compile of other texts that was refused). */
  restoreSources(program: Program): void {
    for (const text of program.texts.values()) {
      if (this.sources.get(text.file)?.text !== text.text) this.sources.set(text.file, new Source(text.file, text.text));
    }
  }

  /** Makes `program` the current version: every cell gets its new definition (or none). */
  commit(program: Program): void {
    for (const cell of this.cells.values()) cell.definition = program.definitions.get(cell);
  }

  /** Every live cell (defined now or once). */
  allCells(): Iterable<GlobalCell> {
    return this.cells.values();
  }

  /** The shared constants of the program's cells. */
  get sharedConstants(): SharedConstants {
    return this.sharing;
  }

  /** Cells defined now that `program` would leave undefined. */
  removedBy(program: Program): GlobalCell[] {
    return [...this.cells.values()].filter((cell) => cell.definition !== undefined && !program.definitions.has(cell));
  }

  /** The syntax tree of a module that parsed before. */
  private parsedModule(text: ModuleText): Module {
    const ast = this.parse(text);
    if (ast instanceof DiagnosticError) throw ast;
    return ast;
  }

  private parse(text: ModuleText): Module | DiagnosticError {
    const cached = this.parsed.get(text.file);
    if (cached && cached.text === text.text) return cached.ast;
    const source = new Source(text.file, text.text);
    this.sources.set(text.file, source);
    let ast: Module | DiagnosticError;
    try {
      ast = parseModule(source);
    } catch (problem) {
      if (!(problem instanceof DiagnosticError)) throw problem;
      ast = problem;
    }
    this.parsed.set(text.file, { text: text.text, ast });
    return ast;
  }
}

/**
 * A module that asks, as GHC's `{-# OPTIONS_GHC -fdefer-type-errors #-}` does, to run despite type
 * errors (songs written for the untyped live-sequencer): its type errors are warnings.
 */
function defersTypeErrors(text: string): boolean {
  return /^\{-#\s*OPTIONS_GHC\b[^#]*-fdefer-type-errors\b[^#]*#-\}/m.test(text);
}

function asWarning(diagnostic: Diagnostic): Diagnostic {
  return { ...diagnostic, severity: "warning" };
}

/** The modules a module imports: the built-in module, the Prelude unless imported explicitly, and its imports. */
function importsOf(name: string, ast: Module): string[] {
  if (name === builtinModuleName) return ast.imports.map((declaration) => declaration.module.text);
  return [builtinModuleName, ...(importsPreludeImplicitly(ast) ? [implicitModule] : []), ...ast.imports.map((declaration) => declaration.module.text)];
}

/** What a module imports (see importsOf), and where it came from: its syntax tree or the image. */
interface Imports {
  readonly names: readonly string[];
  readonly ast?: Module;
  readonly record?: ImageRecord;
}

/** Modules in an order where each comes after the modules it imports; a cycle is an error. */
function importOrder(found: ReadonlyMap<string, Imports>, diagnostics: Diagnostic[]): string[] {
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, path: string[], span: Span | undefined): void => {
    const imports = found.get(name);
    if (!imports || state.get(name) === "done") return;
    if (state.get(name) === "visiting") {
      const cycle = [...path.slice(path.indexOf(name)), name].join(" → ");
      diagnostics.push(error(span ?? imports.ast?.name.span ?? { file: "", start: 0, end: 0 }, `modules import each other: ${cycle}`));
      return;
    }
    state.set(name, "visiting");
    for (const imported of imports.names) {
      const declaration = imports.ast?.imports.find((candidate) => candidate.module.text === imported);
      visit(imported, [...path, name], declaration?.module.span);
    }
    state.set(name, "done");
    order.push(name);
  };
  for (const name of found.keys()) visit(name, [], undefined);
  return order;
}
