// One module as the compiler keeps it: what each stage made of it (syntax tree, scope and
// interface, resolved tree, types, core definitions) and its diagnostics. A library module read
// from the library image makes the first stages' results only when asked (see imaged-module.ts).

import type { Constructor, Definition, Fixity, GlobalCell } from "../core/index.ts";
import type { Module } from "../parse/index.ts";
import type { ModuleInterface, ModuleScope, ResolvedModule } from "../resolve/index.ts";
import type { TypeCheckResult, TypeEnvironment } from "../types/index.ts";
import type { Diagnostic } from "../text/index.ts";

export interface CompiledModule {
  readonly name: string;
  readonly interface: ModuleInterface;
  readonly scope: ModuleScope;
  readonly syntax: Module;
  /** Record field name → the constructors in scope that have it (for record updates in expressions). */
  readonly fieldOwners: ReadonlyMap<string, readonly Constructor[]>;
  /** Fixities the module declares, by entity. */
  readonly fixities: ReadonlyMap<object, Fixity>;
  readonly resolved: ResolvedModule;
  /** The module's types (undefined when it did not resolve). */
  readonly typed: TypeCheckResult | undefined;
  /** What its importers see of its types: `typed.environment` (undefined when it did not resolve). */
  readonly environment: TypeEnvironment | undefined;
  /** Asks to run despite type errors (`{-# OPTIONS_GHC -fdefer-type-errors #-}`); so do expressions in its scope. */
  readonly defersTypeErrors: boolean;
  readonly definitions: ReadonlyMap<GlobalCell, Definition>;
  readonly diagnostics: readonly Diagnostic[];
}
