// A module as the type checker sees it, for `refrain dump --stage typed`: the inferred or
// declared type of every top-level name, each class with its methods, and each instance.

import { GlobalCell } from "../core/term.ts";
import { standalone } from "../parse/index.ts";
import type { ResolvedModule } from "../resolve/tree.ts";
import type { TypeCheckResult } from "./check.ts";
import { printScheme } from "./print.ts";

export function printTypedModule(module: ResolvedModule, result: TypeCheckResult): string {
  const lines = [`-- module ${module.name}, typed`];
  const own = result.environment.modules.get(module.name);
  for (const declaration of module.classes) {
    lines.push(`class ${declaration.typeClass.name} ${declaration.parameter} where`);
    for (const method of declaration.methods) {
      const key = method.entity.kind === "global" ? method.entity.cell : method.entity.kind === "primitive" ? method.entity.primitive : method.entity.con;
      const scheme = own?.values.get(key);
      if (scheme) lines.push(`  ${standalone(method.name)} :: ${printScheme(scheme)}`);
    }
  }
  for (const instance of result.evidence.instances.written.values()) lines.push(`instance ${instance.id}`);
  for (const instance of own?.instances ?? []) if (instance.derived) lines.push(`instance ${instance.id} -- derived`);
  for (const [binder, scheme] of result.types.binders) {
    if (binder instanceof GlobalCell) lines.push(`${standalone(binder.name)} :: ${printScheme(scheme)}`);
  }
  return lines.join("\n") + "\n";
}
