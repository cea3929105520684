// Diagnostics: a message at a span, printed as `file:line:col: error: message`
// followed by the source line and a caret, the way compilers print them.

import type { Source, Span } from "./source.ts";

export type Severity = "error" | "warning";

export interface Diagnostic {
  readonly severity: Severity;
  readonly span: Span;
  readonly message: string;
  /** Other places that explain it: `qn` is a String because of its definition there. */
  readonly notes?: readonly Note[];
}

export interface Note {
  readonly span: Span;
  readonly message: string;
}

export function error(span: Span, message: string): Diagnostic {
  return { severity: "error", span, message };
}

export function warning(span: Span, message: string): Diagnostic {
  return { severity: "warning", span, message };
}

/** Thrown by a stage that stops at its first error; callers turn it into diagnostics. */
export class DiagnosticError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join("\n"));
  }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Looks up the source of a span's file; returns undefined when unknown. */
export type SourceLookup = (file: string) => Source | undefined;

/** `file:line:col: error: message`, then the line and a caret under the span; each note the same way. */
export function formatDiagnostic(diagnostic: Diagnostic, lookup: SourceLookup): string {
  const notes = (diagnostic.notes ?? []).map((note) => "\n" + formatPlace(note.span, "note", note.message, lookup));
  return formatPlace(diagnostic.span, diagnostic.severity, diagnostic.message, lookup) + notes.join("");
}

function formatPlace(span: Span, severity: string, message: string, lookup: SourceLookup): string {
  const diagnostic = { span, severity, message };
  const source = lookup(diagnostic.span.file);
  if (!source) return `${diagnostic.span.file}: ${diagnostic.severity}: ${diagnostic.message}`;
  const { line, column } = source.position(diagnostic.span.start);
  const text = source.line(line);
  const endColumn =
    source.position(diagnostic.span.end).line === line
      ? source.position(diagnostic.span.end).column
      : text.length + 1;
  const width = Math.max(1, endColumn - column);
  const gutter = String(line).length;
  return [
    `${diagnostic.span.file}:${line}:${column}: ${diagnostic.severity}: ${diagnostic.message}`,
    `${" ".repeat(gutter)} |`,
    `${line} | ${text}`,
    `${" ".repeat(gutter)} | ${" ".repeat(column - 1)}${"^".repeat(width)}`,
  ].join("\n");
}
