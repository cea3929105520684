// The Problems region: every current error and warning (from applying a module, playing a term,
// or the running song), each a button that shows its place in the editor.

import type { LocatedProblem } from "./module-editors.ts";
import type { TaggedSpan } from "./player.ts";

export class ProblemsView {
  /** Problems by where they come from (e.g. `apply Song`, `play term`, `runtime`). */
  private readonly sources = new Map<string, readonly LocatedProblem[]>();

  constructor(
    private readonly list: HTMLElement,
    private readonly count: HTMLElement,
    private readonly reveal: (span: TaggedSpan) => void,
    private readonly changed: (problems: readonly LocatedProblem[]) => void,
  ) {
    this.render();
  }

  /** Replaces the problems from one source. */
  set(source: string, problems: readonly LocatedProblem[]): void {
    if (problems.length === 0 && !this.sources.has(source)) return;
    if (problems.length === 0) this.sources.delete(source);
    else this.sources.set(source, problems);
    this.render();
  }

  all(): LocatedProblem[] {
    return [...this.sources.values()].flat();
  }

  private render(): void {
    const problems = this.all();
    this.count.textContent = String(problems.length);
    this.count.classList.toggle("has-errors", problems.some((problem) => problem.severity === "error"));
    const items = problems.map((problem) => {
      const item = document.createElement("li");
      item.className = problem.severity;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "problem";
      const headline = document.createElement("span");
      headline.className = "headline";
      headline.textContent = problem.text.split("\n")[0];
      const context = document.createElement("pre");
      context.textContent = problem.text.split("\n").slice(1).join("\n");
      button.append(headline, context);
      const span = problem.span;
      if (span) button.addEventListener("click", () => this.reveal(span));
      else button.disabled = true;
      item.append(button);
      return item;
    });
    if (items.length === 0) {
      const empty = document.createElement("li");
      empty.className = "empty";
      empty.textContent = "No problems.";
      items.push(empty);
    }
    this.list.replaceChildren(...items);
    this.changed(problems);
  }
}
