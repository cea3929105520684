// A module's exports: what its export list names (values, types with their constructors, fields
// or methods, re-exported modules), or everything it declares when it has no list.

import type { ModuleScope, ModuleInterface, TypeEntity, ValueEntity } from "./scope.ts";
import type { Module } from "../parse/index.ts";
import type { Resolver } from "./context.ts";

export function computeExports(ast: Module, scope: ModuleScope, own: ReadonlyMap<string, ValueEntity>, ownTypes: ReadonlyMap<string, TypeEntity>,
  resolver: Resolver): ModuleInterface {
  const name = ast.name.text;
  if (ast.exports === undefined) return { name, values: own, types: ownTypes };
  const values = new Map<string, ValueEntity>();
  const types = new Map<string, TypeEntity>();
  for (const item of ast.exports) {
    if (item.kind === "module") {
      if (item.module.text === name) {
        for (const [entityName, entity] of own) values.set(entityName, entity);
        for (const [typeName, type] of ownTypes) types.set(typeName, type);
        continue;
      }
      const imported = scope.importedFrom(item.module.text);
      for (const entity of imported.values) values.set(entity.name, entity);
      for (const type of imported.types) types.set(type.name, type);
      continue;
    }
    if (item.kind === "value") {
      const found = scope.lookup(item.name);
      if (found.kind === "found") values.set(item.name.text, found.entity);
      else resolver.report(item.name.span, `\`${item.name.text}\` is exported but not defined`);
      continue;
    }
    const type = scope.lookupType(item.name);
    if (!type) {
      const found = scope.lookup(item.name);
      if (found.kind === "found") values.set(item.name.text, found.entity);
      else resolver.report(item.name.span, `the type \`${item.name.text}\` is exported but not defined`);
      continue;
    }
    types.set(item.name.text, type);
    const members = item.members === "all" ? [...type.constructors.map((constructor) => constructor.name), ...type.fields]
      : item.members === undefined ? [] : item.members.map((member) => member.text);
    for (const member of members) {
      const found = scope.lookup({ qualifier: undefined, text: member, span: item.span });
      if (found.kind === "found") values.set(member, found.entity);
    }
  }
  return { name, values, types };
}
