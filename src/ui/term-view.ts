// The current term, as the server prints it: coloured like the editor, the subterm being
// reduced marked, the rule that fired when stepping, redrawn at most once per frame.

import type { TermState } from "../server/protocol.ts";

/** Haskell tokens, each group named by the class that colours it (see studio.css). */
const token = /(--[^\n]*)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)')|(\b\d[\d.%]*)|\b(case|of|let|in|where|if|then|else|do)\b|\b([A-Z][\w']*)|([!#$%&*+./<=>?@\\^|~:-]+)/g;
const classes = ["", "term-comment", "term-string", "term-number", "term-keyword", "term-type", "term-operator"];

export class TermView {
  private term: TermState = { text: "", focus: undefined };
  private rule = "";
  private drawn = true;

  constructor(private readonly element: HTMLElement, private readonly ruleElement: HTMLElement) {}

  set(term: TermState): void {
    this.term = term;
    this.drawn = false;
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
    const marked = this.element.querySelector<HTMLElement>(".term-focus");
    if (marked) this.element.scrollTop = Math.max(0, marked.offsetTop - 24);
  }

  /** Appends `text` to `parent` as plain runs and coloured tokens. */
  private colour(parent: Node, text: string): void {
    let plain = 0;
    for (const match of text.matchAll(token)) {
      const group = match.findIndex((part, index) => index > 0 && part !== undefined);
      if (match.index > plain) parent.appendChild(document.createTextNode(text.slice(plain, match.index)));
      const span = document.createElement("span");
      span.className = classes[group];
      span.textContent = match[0];
      parent.appendChild(span);
      plain = match.index + match[0].length;
    }
    if (plain < text.length) parent.appendChild(document.createTextNode(text.slice(plain)));
  }
}
