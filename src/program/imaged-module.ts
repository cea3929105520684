// A library module read from the library image: what its importers and the interpreter use (its
// interface, fixities, types and, when first asked, its core definitions) comes from the image; its
// syntax tree, scope, resolved tree and full type check, which only a look inside the module needs
// (printing its stages, type notes, an expression evaluated in its scope), are made when first asked.

import type { Constructor, Definition, Fixity, GlobalCell } from "../core/index.ts";
import type { Module } from "../parse/index.ts";
import type { ModuleInterface, ModuleScope, ResolvedModule } from "../resolve/index.ts";
import type { TypeCheckResult, TypeEnvironment } from "../types/index.ts";
import type { Diagnostic } from "../text/index.ts";
import type { CompiledModule } from "./compiled-module.ts";

/** What the image holds of a module besides its definitions. */
export interface ImagedFront {
  readonly interface: ModuleInterface;
  readonly fixities: ReadonlyMap<object, Fixity>;
  readonly fieldOwners: ReadonlyMap<string, readonly Constructor[]>;
  readonly defersTypeErrors: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/** The first stages of a module, compiled again from its text. */
export interface FrontEnd {
  readonly syntax: Module;
  readonly scope: ModuleScope;
  readonly resolved: ResolvedModule;
  readonly typed: TypeCheckResult | undefined;
}

export class ImagedModule implements CompiledModule {
  readonly interface: ModuleInterface;
  readonly fixities: ReadonlyMap<object, Fixity>;
  readonly fieldOwners: ReadonlyMap<string, readonly Constructor[]>;
  readonly defersTypeErrors: boolean;
  readonly diagnostics: readonly Diagnostic[];
  private front: FrontEnd | undefined;
  private decoded: ReadonlyMap<GlobalCell, Definition> | undefined;

  constructor(
    readonly name: string,
    imaged: ImagedFront,
    readonly environment: TypeEnvironment,
    private readonly compileFront: () => FrontEnd,
    private readonly readDefinitions: () => ReadonlyMap<GlobalCell, Definition>,
  ) {
    this.interface = imaged.interface;
    this.fixities = imaged.fixities;
    this.fieldOwners = imaged.fieldOwners;
    this.defersTypeErrors = imaged.defersTypeErrors;
    this.diagnostics = imaged.diagnostics;
  }

  get definitions(): ReadonlyMap<GlobalCell, Definition> {
    return (this.decoded ??= this.readDefinitions());
  }

  get syntax(): Module {
    return this.frontEnd().syntax;
  }

  get scope(): ModuleScope {
    return this.frontEnd().scope;
  }

  get resolved(): ResolvedModule {
    return this.frontEnd().resolved;
  }

  get typed(): TypeCheckResult | undefined {
    return this.frontEnd().typed;
  }

  private frontEnd(): FrontEnd {
    return (this.front ??= this.compileFront());
  }
}
