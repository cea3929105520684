// Runtime errors of a running song: a message, the position of the code involved, and the
// rule that was being unfolded when it happened (for budget overruns and runaway evaluations).

import type { Rule } from "../core/term.ts";
import type { Span } from "../text/index.ts";
import { describe } from "./show-value.ts";

/** `budget` and `memory`: a runaway evaluation, stopped at a limit (the step budget, the memory limit). */
export type RuntimeErrorKind = "runtime" | "budget" | "memory" | "error";

export class RuntimeError extends Error {
  rule: Rule | undefined;
  constructor(message: string, readonly span: Span | undefined, readonly kind: RuntimeErrorKind = "runtime") {
    super(message);
  }

  /** Adds the rule being unfolded (kept if already known) and uses its span when the error has none. */
  withRule(rule: Rule | undefined): RuntimeError {
    if (this.rule === undefined) this.rule = rule;
    return this;
  }

  /** Stopped at a limit (steps, memory), not by a mistake in a value. */
  get runaway(): boolean {
    return this.kind === "budget" || this.kind === "memory";
  }

  /** The span to report: the error's own, else the rule's. */
  get position(): Span | undefined {
    return this.span ?? this.rule?.span;
  }

  /** The message with the rule named, e.g. `step budget exceeded while unfolding \`loop\``. */
  get fullMessage(): string {
    const message = this.runaway && this.rule ? `${this.message} while unfolding \`${this.rule.name}\`` : this.message;
    return this.kind === "memory" ? `${message}; the music stopped` : message;
  }
}

/** A short description of a value for error messages: evaluated parts shown, the rest as `_`. */
export function describeValue(value: unknown): string {
  return describe(value, 60);
}
