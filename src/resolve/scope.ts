// Module scopes: what a name means in a module. Entities come from the module's own
// declarations and from its imports (lists, hiding, qualified, as), with the original
// live-sequencer's leniency: a name left out of an import list is still found, with a warning.

import type { Constructor, GlobalCell, Primitive } from "../core/term.ts";
import type { ImportDeclaration, ImportItem, Name } from "../parse/index.ts";

export type ValueEntity =
  | { readonly kind: "global"; readonly cell: GlobalCell; readonly module: string; readonly name: string }
  | { readonly kind: "primitive"; readonly primitive: Primitive; readonly module: string; readonly name: string }
  | { readonly kind: "constructor"; readonly con: Constructor; readonly module: string; readonly name: string };

/**
 * A name in the type namespace: a data type or newtype, a type synonym, a class, or a type built
 * into the language (`Integer`, `Char`, `[]`, `->`, `(,)`, …). Two versions of a program have
 * different objects for one type: compare types by `module` and `name`.
 */
export interface TypeEntity {
  readonly name: string;
  readonly module: string;
  readonly sort: "data" | "synonym" | "class" | "builtin";
  readonly constructors: readonly Constructor[];
  /** A data type's record field selectors; a class's methods. */
  readonly fields: readonly string[];
}

/** What a module offers to its importers. */
export interface ModuleInterface {
  readonly name: string;
  readonly values: ReadonlyMap<string, ValueEntity>;
  readonly types: ReadonlyMap<string, TypeEntity>;
}

/** The object that identifies an entity (two imports of one definition are the same entity). */
export function entityIdentity(entity: ValueEntity): object {
  return entity.kind === "global" ? entity.cell : entity.kind === "primitive" ? entity.primitive : entity.con;
}

/** How strongly a name is bound: own declarations win over imports, imports over the implicit Prelude. */
export const OWN = 0, IMPORTED = 1, IMPLICIT = 2, UNLISTED = 3;

interface Binding {
  readonly entity: ValueEntity;
  readonly level: number;
  /** The import that brought it (for `module M` exports and unlisted-name warnings). */
  readonly from: ImportDeclaration | undefined;
}

export type Lookup =
  | { readonly kind: "found"; readonly entity: ValueEntity; readonly unlisted?: ImportDeclaration }
  | { readonly kind: "missing" }
  | { readonly kind: "ambiguous"; readonly candidates: readonly ValueEntity[] };

export class ModuleScope {
  private readonly values = new Map<string, Binding[]>();
  private readonly typeNames = new Map<string, TypeEntity[]>();
  private readonly unqualifiedImports = new Map<string, { values: ValueEntity[]; types: TypeEntity[] }>();

  constructor(readonly moduleName: string) {}

  private addValue(key: string, binding: Binding): void {
    const list = this.values.get(key);
    if (list === undefined) this.values.set(key, [binding]);
    else if (!list.some((other) => entityIdentity(other.entity) === entityIdentity(binding.entity) && other.level <= binding.level)) list.push(binding);
  }

  /** Declares one of the module's own entities (reachable as `x` and `Module.x`). */
  declare(entity: ValueEntity): void {
    const binding = { entity, level: OWN, from: undefined };
    this.addValue(entity.name, binding);
    this.addValue(`${this.moduleName}.${entity.name}`, binding);
  }

  declareType(type: TypeEntity): void {
    for (const key of [type.name, `${this.moduleName}.${type.name}`]) {
      this.typeNames.set(key, [...(this.typeNames.get(key) ?? []), type]);
    }
  }

  /** Brings an imported module's exports into scope as the import declaration says. */
  importModule(declaration: ImportDeclaration | undefined, exported: ModuleInterface, implicit: boolean): void {
    const qualifier = declaration?.alias?.text ?? exported.name;
    const listed = declaration?.items === undefined ? undefined : listedNames(declaration.items, exported);
    const level = implicit ? IMPLICIT : IMPORTED;
    const reexportable = { values: [] as ValueEntity[], types: [] as TypeEntity[] };
    if (!declaration?.qualified) this.unqualifiedImports.set(qualifier, reexportable);
    for (const [name, entity] of exported.values) {
      const inList = listed === undefined || listed.has(name);
      const visible = declaration?.hiding ? !inList : inList;
      if (visible || declaration?.hiding) {
        if (visible) this.addValue(`${qualifier}.${name}`, { entity, level, from: declaration });
        if (visible && !declaration?.qualified) {
          this.addValue(name, { entity, level, from: declaration });
          reexportable.values.push(entity);
        }
      } else if (!declaration?.qualified) {
        this.addValue(name, { entity, level: UNLISTED, from: declaration });
        this.addValue(`${qualifier}.${name}`, { entity, level: UNLISTED, from: declaration });
      }
    }
    for (const [name, type] of exported.types) {
      if (!declaration?.qualified) {
        this.typeNames.set(name, [...(this.typeNames.get(name) ?? []), type]);
        reexportable.types.push(type);
      }
      this.typeNames.set(`${qualifier}.${name}`, [...(this.typeNames.get(`${qualifier}.${name}`) ?? []), type]);
    }
  }

  /** Resolves a (possibly qualified) value name: the strongest binding level wins. */
  lookup(name: Name): Lookup {
    const key = name.qualifier === undefined ? name.text : `${name.qualifier}.${name.text}`;
    const bindings = this.values.get(key);
    if (bindings === undefined || bindings.length === 0) return { kind: "missing" };
    const strongest = Math.min(...bindings.map((binding) => binding.level));
    const candidates: ValueEntity[] = [];
    const seen = new Set<object>();
    let from: ImportDeclaration | undefined;
    for (const binding of bindings) {
      if (binding.level !== strongest || seen.has(entityIdentity(binding.entity))) continue;
      seen.add(entityIdentity(binding.entity));
      candidates.push(binding.entity);
      from = binding.from;
    }
    if (candidates.length > 1) return { kind: "ambiguous", candidates };
    return strongest === UNLISTED ? { kind: "found", entity: candidates[0], unlisted: from } : { kind: "found", entity: candidates[0] };
  }

  /** The names (not operators) visible unqualified, for suggestions when one is misspelt. */
  visibleNames(): string[] {
    return [...this.values].filter(([key, bindings]) => /^[a-z_][\w']*$/i.test(key) && bindings.some((binding) => binding.level < UNLISTED)).map(([key]) => key);
  }

  lookupType(name: Name): TypeEntity | undefined {
    const key = name.qualifier === undefined ? name.text : `${name.qualifier}.${name.text}`;
    return this.typeNames.get(key)?.[0];
  }

  /** Entities visible unqualified that came through an import of `module` (for `module M` exports). */
  importedFrom(module: string): { values: ValueEntity[]; types: TypeEntity[] } {
    return this.unqualifiedImports.get(module) ?? { values: [], types: [] };
  }
}

/** The names an import list names: values, and types with their constructors and fields. */
function listedNames(items: readonly ImportItem[], exported: ModuleInterface): Set<string> {
  const names = new Set<string>();
  for (const item of items) {
    if (item.kind === "value") {
      names.add(item.name.text);
      continue;
    }
    const type = exported.types.get(item.name.text);
    if (item.members === "all" && type) {
      for (const constructor of type.constructors) names.add(constructor.name);
      for (const field of type.fields) names.add(field);
    } else if (Array.isArray(item.members)) {
      for (const member of item.members) names.add(member.text);
    }
    if (exported.values.has(item.name.text)) names.add(item.name.text);
  }
  return names;
}
