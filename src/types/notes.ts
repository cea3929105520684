// The types a musician sees on hover: for every name written in a module (where it is defined or
// used), its type as `name :: scheme`, from the module's type check.

import type { Binder, ResolvedModule } from "../resolve/tree.ts";
import { walkModule } from "../resolve/walk.ts";
import { standalone } from "../parse/index.ts";
import { builtinLayer } from "./builtins.ts";
import type { TypeCheckResult } from "./check.ts";
import type { ValueKey } from "./environment.ts";
import { printScheme } from "./print.ts";
import type { Scheme } from "./type.ts";

/** A name's place in the module's text (offsets) and its type, as `name :: type`. */
export interface TypeNote {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The module that defines a top-level name (for its documentation). */
  readonly module?: string;
}

export function typeNotes(module: ResolvedModule, result: TypeCheckResult): TypeNote[] {
  const notes: TypeNote[] = [];
  const value = (key: ValueKey): Scheme | undefined => {
    for (const layer of result.environment.modules.values()) {
      const scheme = layer.values.get(key);
      if (scheme) return scheme;
    }
    return builtinLayer.values.get(key);
  };
  const note = (span: { start: number; end: number }, name: string, scheme: Scheme | undefined, module?: string) => {
    if (scheme) notes.push({ start: span.start, end: span.end, text: `${standalone(name)} :: ${printScheme(scheme)}`, ...(module ? { module } : {}) });
  };
  const binder = (span: { start: number; end: number }, target: Binder) => note(span, target.name, result.types.binders.get(target) ?? value(target));

  walkModule(module, {
    binding: (node) => binder(node.nameSpan, node.binder),
    pattern: (node) => {
      if (node.kind === "var" || node.kind === "as") binder(node.span, node.binder);
    },
    expression: (node) => {
      if (node.kind === "local") binder(node.span, node.variable);
      else if (node.kind === "global") note(node.span, node.entity.name, value(node.entity.kind === "global" ? node.entity.cell : node.entity.primitive), node.entity.module);
      else if (node.kind === "con") note(node.span, node.con.name, value(node.con), node.con.module);
    },
  });
  return notes.sort((left, right) => left.start - right.start || right.end - left.end);
}
