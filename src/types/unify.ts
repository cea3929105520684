// Unification of two types (solving variables, with the occurs check and level adjustment for
// generalization) and one-way matching of an instance head against a type.

import { expand, resolve, sameType, type RigidVariable, type Type, type TypeVariable } from "./type.ts";

/** Why two types do not unify: the innermost parts that disagree. */
export type UnifyFailure =
  | { readonly kind: "mismatch"; readonly left: Type; readonly right: Type }
  | { readonly kind: "occurs"; readonly variable: TypeVariable; readonly type: Type }
  /** A signature's variable would leak into a type fixed outside the signature's binding. */
  | { readonly kind: "escape"; readonly rigid: RigidVariable; readonly type: Type };

/**
 * Makes the two types equal by solving variables; undefined on success. `solved` collects the
 * variables solved. Types share parts, so each pair of parts is unified once (`done`).
 */
export function unify(left: Type, right: Type, solved?: TypeVariable[], done = new Map<Type, Set<Type>>()): UnifyFailure | undefined {
  left = resolve(left);
  right = resolve(right);
  if (left === right) return undefined;
  if (left.form === "variable") return bind(left, right, solved);
  if (right.form === "variable") return bind(right, left, solved);
  left = expand(left);
  right = expand(right);
  if (left === right) return undefined;
  if (left.form === "variable") return bind(left, right, solved);
  if (right.form === "variable") return bind(right, left, solved);
  if (left.form === "constructor" && right.form === "constructor" && left.id === right.id) return undefined;
  if (left.form === "application" && right.form === "application") {
    let partners = done.get(left);
    if (partners?.has(right)) return undefined;
    if (partners === undefined) done.set(left, partners = new Set());
    partners.add(right);
    return unify(left.function, right.function, solved, done) ?? unify(left.argument, right.argument, solved, done);
  }
  return { kind: "mismatch", left, right };
}

function bind(variable: TypeVariable, type: Type, solved: TypeVariable[] | undefined): UnifyFailure | undefined {
  const failure = adjust(variable, type);
  if (failure !== undefined) return failure;
  variable.link = type;
  solved?.push(variable);
  return undefined;
}

/** Occurs check, and lowers the levels of the type's variables to the variable's level. */
function adjust(variable: TypeVariable, type: Type): UnifyFailure | undefined {
  const whole = type;
  const seen = new Set<Type>();
  const visit = (part: Type): UnifyFailure | undefined => {
    part = resolve(part);
    if (seen.has(part)) return undefined;
    seen.add(part);
    switch (part.form) {
      case "variable":
        if (part === variable) return { kind: "occurs", variable, type: whole };
        if (part.level > variable.level) part.level = variable.level;
        return undefined;
      case "rigid":
        return part.level > variable.level ? { kind: "escape", rigid: part, type: whole } : undefined;
      case "application":
        return visit(part.function) ?? visit(part.argument);
      case "synonym":
        return visit(part.expansion);
      default:
        return undefined;
    }
  };
  return visit(type);
}

/**
 * One-way matching: solves the pattern's generic variables (into `solution`, by index) so that it
 * equals the target; the target's variables are constants. True when it matches.
 */
export function match(pattern: Type, target: Type, solution: (Type | undefined)[]): boolean {
  pattern = expand(pattern);
  target = expand(target);
  switch (pattern.form) {
    case "generic": {
      const known = solution[pattern.index];
      if (known === undefined) {
        solution[pattern.index] = target;
        return true;
      }
      return sameType(known, target);
    }
    case "constructor":
      return target.form === "constructor" && target.id === pattern.id;
    case "application":
      return target.form === "application" && match(pattern.function, target.function, solution) && match(pattern.argument, target.argument, solution);
    default:
      return pattern === target;
  }
}
