// The current term, as the server prints it: coloured like the editor, the subterm being
// reduced marked, the rule that fired when stepping, redrawn at most once per frame.

import { highlightCode } from "@lezer/highlight";
import type { TermState } from "../server/protocol.ts";
import { haskellLanguage, syntaxColours } from "./editor-setup.ts";

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
    let offset = 0;
    /** Appends a token, wrapping the part inside the focus in a `term-focus` mark. */
    const put = (code: string, classes: string) => {
      const start = offset;
      offset += code.length;
      const pieces: [string, boolean][] = focus
        ? [
            [code.slice(0, Math.max(0, focus.start - start)), false],
            [code.slice(Math.max(0, focus.start - start), Math.max(0, focus.end - start)), true],
            [code.slice(Math.max(0, focus.end - start)), false],
          ]
        : [[code, false]];
      for (const [piece, focused] of pieces) {
        if (!piece) continue;
        const token = classes ? Object.assign(document.createElement("span"), { className: classes, textContent: piece }) : document.createTextNode(piece);
        if (!focused) {
          fragment.append(token);
          continue;
        }
        const mark = document.createElement("mark");
        mark.className = "term-focus";
        mark.append(token);
        fragment.append(mark);
      }
    };
    try {
      highlightCode(text, haskellLanguage.parser.parse(text), syntaxColours, put, () => put("\n", ""));
    } catch {
      fragment.replaceChildren(text);
    }
    this.element.replaceChildren(fragment);
    const mark = this.element.querySelector<HTMLElement>(".term-focus");
    const visible = this.element.scrollTop <= (mark?.offsetTop ?? 0) && (mark?.offsetTop ?? 0) < this.element.scrollTop + this.element.clientHeight - 20;
    if (mark && !visible) this.element.scrollTop = mark.offsetTop - 24;
  }
}
