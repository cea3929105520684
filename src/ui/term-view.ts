// The current term, as the server prints it: coloured like the editor, the subterm being
// reduced marked, the rule that fired when stepping, redrawn at most once per frame. Each `…`
// is a button (click, Enter or Space) asking for the term deeper; "Less" goes back to the default.
// Above it, the parts still to come: the song's own definitions the term holds, each a button
// that shows the definition in the editor.

import { limits, partsKey, type TermState } from "../server/protocol.ts";
import type { Span } from "../text/index.ts";

/** Haskell tokens, each group named by the class that colours it (see studio.css); `…` first. */
const token = /(…)|(--[^\n]*)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)')|(\b\d[\d.%]*)|\b(case|of|let|in|where|if|then|else|do)\b|\b([A-Z][\w']*)|([!#$%&*+./<=>?@\\^|~:-]+)/g;
const classes = ["", "term-more", "term-comment", "term-string", "term-number", "term-keyword", "term-type", "term-operator"];
/** Levels added by each `…` pressed. */
const deeper = 10;

export class TermView {
  private term: TermState = { text: "", focus: undefined };
  private rule = "";
  private drawn = true;
  private depth: number = limits.termDepth.initial;

  constructor(
    private readonly element: HTMLElement,
    private readonly ruleElement: HTMLElement,
    private readonly less: HTMLButtonElement,
    private readonly request: (depth: number) => void,
    private readonly partsElement: HTMLElement,
    private readonly reveal: (span: Span) => void,
  ) {
    element.tabIndex = -1;
    element.addEventListener("click", (event) => {
      if ((event.target as Element).closest(".term-more[role=button]")) this.setDepth(this.depth + deeper);
    });
    element.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      if (!(event.target as Element).closest(".term-more[role=button]")) return;
      event.preventDefault();
      this.setDepth(this.depth + deeper);
    });
    less.addEventListener("click", () => {
      this.setDepth(limits.termDepth.initial);
      element.focus();
    });
  }

  set(term: TermState): void {
    this.term = term;
    this.drawn = false;
  }

  /** After a reconnect the server prints at the default depth: ask again for this browser's. */
  restoreDepth(): void {
    if (this.depth !== limits.termDepth.initial) this.request(this.depth);
  }

  /** The rule of the latest single reduction, or "" outside single-reduction stepping. */
  setRule(rule: string): void {
    if (rule === this.rule) return;
    this.rule = rule;
    this.drawn = false;
  }

  draw(): void {
    if (this.drawn) return;
    this.drawn = true;
    this.ruleElement.textContent = this.rule;
    this.ruleElement.hidden = this.rule === "";
    this.drawParts();
    const refocus = document.activeElement?.classList.contains("term-more") && this.element.contains(document.activeElement);
    const { text, focus } = this.term;
    const fragment = document.createDocumentFragment();
    if (focus) {
      const mark = document.createElement("mark");
      mark.className = "term-focus";
      this.colour(mark, text.slice(focus.start, focus.end));
      this.colour(fragment, text.slice(0, focus.start));
      fragment.append(mark);
      this.colour(fragment, text.slice(focus.end));
    } else this.colour(fragment, text);
    this.element.replaceChildren(fragment);
    const more = this.element.querySelector<HTMLElement>(".term-more[role=button]");
    more?.setAttribute("tabindex", "0");
    if (refocus) (more ?? (this.less.hidden ? this.element : this.less)).focus({ preventScroll: true });
    const marked = this.element.querySelector<HTMLElement>(".term-focus");
    if (marked) this.element.scrollTop = Math.max(0, marked.offsetTop - 24);
  }

  private drawParts(): void {
    const parts = this.term.parts ?? [];
    const shown = partsKey(this.term);
    if (this.partsElement.dataset.shown === shown) return;
    this.partsElement.dataset.shown = shown;
    this.partsElement.hidden = parts.length === 0;
    const buttons = parts.map((part) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = part.name;
      button.title = `Show the definition of ${part.name}`;
      button.addEventListener("click", () => this.reveal(part.span));
      return button;
    });
    this.partsElement.replaceChildren("Still to come: ", ...buttons);
  }

  private setDepth(depth: number): void {
    const bounded = Math.min(limits.termDepth.high, depth);
    if (bounded === this.depth) return;
    this.depth = bounded;
    this.less.hidden = bounded === limits.termDepth.initial;
    this.drawn = false;
    this.request(bounded);
  }

  /** Appends `text` to `parent` as plain runs and coloured tokens; `…` as buttons while deeper is possible. */
  private colour(parent: Node, text: string): void {
    let plain = 0;
    for (const match of text.matchAll(token)) {
      const group = match.findIndex((part, index) => index > 0 && part !== undefined);
      if (match.index > plain) parent.appendChild(document.createTextNode(text.slice(plain, match.index)));
      const span = document.createElement("span");
      span.className = classes[group];
      span.textContent = match[0];
      if (group === 1 && this.depth < limits.termDepth.high) {
        span.setAttribute("role", "button");
        span.setAttribute("tabindex", "-1");
        span.setAttribute("aria-label", "Show deeper");
        span.title = "Show the term deeper";
      }
      parent.appendChild(span);
      plain = match.index + match[0].length;
    }
    if (plain < text.length) parent.appendChild(document.createTextNode(text.slice(plain)));
  }
}
