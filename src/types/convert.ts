// Types as written (resolved TypeExpr) into types, checking kinds on the way: synonyms expanded
// but kept as written, constructors looked up by `module.name`, kind errors as diagnostics.

import type { ConstraintExpr, Signature, TypeExpr } from "../resolve/tree.ts";
import type { TypeEntity } from "../resolve/scope.ts";
import type { TypeDiagnostic } from "./diagnostics.ts";
import type { EnvironmentIndex } from "./environment.ts";
import { ARROW, KindVariable, LIST, STAR, TypeVariable, UNIT, apply, generic, instantiateGenerics, kindArrow, resolveKind, tupleConstructorType, type Kind, type Predicate, type Type } from "./type.ts";

/** A variable in scope while converting: a generic of the scheme being built, or a rigid variable. */
export interface TypeVariableBinding {
  readonly type: Type;
  readonly kind: Kind;
}

/**
 * The type variables a type may mention: a fixed set (a data declaration's parameters), or one
 * that quantifies each new name it is asked for (a signature).
 */
export interface TypeVariables {
  get(name: string): TypeVariableBinding | undefined;
}

/** A signature's variables: each name becomes the next generic of the scheme, in order of appearance. */
export class QuantifiedVariables implements TypeVariables {
  readonly names: string[] = [];
  private readonly bindings = new Map<string, TypeVariableBinding>();

  constructor(fixed: readonly [string, TypeVariableBinding][] = []) {
    for (const [name, binding] of fixed) {
      this.bindings.set(name, binding);
      if (binding.type.form === "generic") this.names[binding.type.index] = name;
    }
  }

  get(name: string): TypeVariableBinding {
    let binding = this.bindings.get(name);
    if (binding === undefined) {
      binding = { type: generic(this.names.length), kind: new KindVariable() };
      this.names.push(name);
      this.bindings.set(name, binding);
    }
    return binding;
  }

  /** Sets the variables' kinds still unknown to `*`. */
  defaultKinds(): void {
    for (const binding of this.bindings.values()) defaultKind(binding.kind);
  }
}

export function entityId(entity: TypeEntity): string {
  return `${entity.module}.${entity.name}`;
}

/** Unifies two kinds; false when they differ. */
export function unifyKinds(left: Kind, right: Kind): boolean {
  left = resolveKind(left);
  right = resolveKind(right);
  if (left === right) return true;
  if (left.form === "kindVariable") return bindKind(left, right);
  if (right.form === "kindVariable") return bindKind(right, left);
  if (left.form === "star" && right.form === "star") return true;
  return left.form === "arrow" && right.form === "arrow" && unifyKinds(left.from, right.from) && unifyKinds(left.to, right.to);
}

function bindKind(variable: KindVariable, kind: Kind): boolean {
  const occurs = (part: Kind): boolean => {
    part = resolveKind(part);
    return part === variable || (part.form === "arrow" && (occurs(part.from) || occurs(part.to)));
  };
  if (occurs(kind)) return false;
  variable.link = kind;
  return true;
}

/** Sets every unsolved kind variable of the kind to `*` (Haskell 2010's kind defaulting). */
export function defaultKind(kind: Kind): void {
  kind = resolveKind(kind);
  if (kind.form === "kindVariable") kind.link = STAR;
  else if (kind.form === "arrow") {
    defaultKind(kind.from);
    defaultKind(kind.to);
  }
}

export class TypeConverter {
  constructor(
    readonly index: EnvironmentIndex,
    readonly report: (diagnostic: TypeDiagnostic) => void,
  ) {}

  /** Converts a type that must have kind `*` (a field, a signature). */
  convertType(expression: TypeExpr, variables: TypeVariables): Type {
    return this.expect(expression, variables, STAR);
  }

  /** Converts `C t`, checking that `t` has the class's parameter kind. */
  convertPredicate(constraint: ConstraintExpr, variables: TypeVariables): Predicate | undefined {
    const id = entityId(constraint.typeClass);
    const info = this.index.classes.get(id);
    if (info === undefined) {
      this.report({ kind: "notAClass", span: constraint.span, name: constraint.typeClass.name });
      return undefined;
    }
    if (constraint.args.length !== 1) {
      this.report({ kind: "arity", span: constraint.span, name: info.name, expected: 1, actual: constraint.args.length, type: undefined });
      return undefined;
    }
    return { classId: id, className: info.name, type: this.expect(constraint.args[0], variables, info.parameterKind) };
  }

  convertSignature(signature: Signature, variables: TypeVariables): { context: Predicate[]; type: Type } {
    const type = this.convertType(signature.type, variables);
    const context = signature.context.map((constraint) => this.convertPredicate(constraint, variables)).filter((p) => p !== undefined);
    return { context, type };
  }

  expect(expression: TypeExpr, variables: TypeVariables, kind: Kind): Type {
    const converted = this.convert(expression, variables);
    if (!unifyKinds(converted.kind, kind)) {
      this.report({ kind: "kind", span: expression.span, type: converted.type, expected: kind, actual: converted.kind });
    }
    return converted.type;
  }

  convert(expression: TypeExpr, variables: TypeVariables): TypeVariableBinding {
    switch (expression.kind) {
      case "variable": {
        const binding = variables.get(expression.name);
        if (binding === undefined) {
          this.report({ kind: "unboundTypeVariable", span: expression.span, name: expression.name });
          return hole();
        }
        return binding;
      }
      case "function":
        return { type: apply(ARROW, this.expect(expression.argument, variables, STAR), this.expect(expression.result, variables, STAR)), kind: STAR };
      case "list":
        return { type: apply(LIST, this.expect(expression.element, variables, STAR)), kind: STAR };
      case "tuple": {
        const elements = expression.elements.map((element) => this.expect(element, variables, STAR));
        return { type: elements.length === 0 ? UNIT : apply(tupleConstructorType(elements.length), ...elements), kind: STAR };
      }
      case "constructor":
      case "application":
        return this.convertApplication(expression, variables);
    }
  }

  private convertApplication(expression: TypeExpr, variables: TypeVariables): TypeVariableBinding {
    const head = expression.kind === "application" ? expression.function : expression;
    const args = expression.kind === "application" ? expression.args : [];
    if (head.kind !== "constructor") {
      return args.reduce((function_, argument) => this.applyKinded(function_, argument, variables, expression), this.convert(head, variables));
    }
    const id = entityId(head.type);
    const info = this.index.types.get(id);
    if (info === undefined || head.type.sort === "class") {
      this.report({ kind: "notAType", span: head.span, name: head.type.name });
      return hole();
    }
    let result: TypeVariableBinding = { type: info.constructor, kind: info.constructor.kind };
    let rest = args;
    if (info.synonym !== undefined) {
      const { parameters, body } = info.synonym;
      if (args.length < parameters) {
        this.report({ kind: "synonymArity", span: expression.span, name: info.constructor.name, expected: parameters, actual: args.length });
        return hole();
      }
      const parameterKinds = kindParameters(info.constructor.kind, parameters);
      const given = args.slice(0, parameters).map((argument, at) => this.expect(argument, variables, parameterKinds[at]));
      const type: Type = { form: "synonym", id, name: info.constructor.name, args: given, expansion: instantiateGenerics(body, given) };
      result = { type, kind: kindResult(info.constructor.kind, parameters) };
      rest = args.slice(parameters);
    }
    return rest.reduce((function_, argument) => this.applyKinded(function_, argument, variables, expression), result);
  }

  private applyKinded(function_: TypeVariableBinding, argument: TypeExpr, variables: TypeVariables, whole: TypeExpr): TypeVariableBinding {
    const converted = this.convert(argument, variables);
    const result = new KindVariable();
    const functionKind = resolveKind(function_.kind);
    if (functionKind.form === "arrow") {
      if (!unifyKinds(functionKind.from, converted.kind)) {
        this.report({ kind: "kind", span: argument.span, type: converted.type, expected: functionKind.from, actual: converted.kind });
      }
      return { type: apply(function_.type, converted.type), kind: functionKind.to };
    }
    if (!unifyKinds(functionKind, kindArrow(converted.kind, result))) {
      this.report({ kind: "kind", span: whole.span, type: function_.type, expected: kindArrow(converted.kind, result), actual: functionKind });
    }
    return { type: apply(function_.type, converted.type), kind: result };
  }
}

/** A placeholder for an erroneous type expression: a variable that unifies with anything. */
function hole(): TypeVariableBinding {
  return { type: new TypeVariable(0), kind: new KindVariable() };
}

function kindParameters(kind: Kind, count: number): Kind[] {
  const parameters: Kind[] = [];
  for (let at = 0; at < count; at++) {
    const resolved = resolveKind(kind);
    if (resolved.form !== "arrow") return [...parameters, ...Array.from({ length: count - at }, () => new KindVariable())];
    parameters.push(resolved.from);
    kind = resolved.to;
  }
  return parameters;
}

function kindResult(kind: Kind, count: number): Kind {
  for (let at = 0; at < count; at++) {
    const resolved = resolveKind(kind);
    if (resolved.form !== "arrow") return new KindVariable();
    kind = resolved.to;
  }
  return kind;
}
