// The Learn panel: the lessons of docs/learn.md (served as /lessons.json) beside the editor, one at
// a time, with their examples; "Open and play" hands an example to the studio, which puts it in
// the editor (one undoable change) and plays it.

import type { LessonBlock, Lessons } from "../server/lessons.ts";
import { element } from "./dom.ts";

/** `code`, **bold** and [text](https://…) of a paragraph, as nodes (text is never parsed as HTML). */
function inlineNodes(text: string): Node[] {
  const nodes: Node[] = [];
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    nodes.push(document.createTextNode(text.slice(last, match.index)));
    const [, code, bold, label, address] = match;
    if (code !== undefined) nodes.push(element("code", code));
    else if (bold !== undefined) nodes.push(element("b", bold));
    else {
      const link = element("a", label);
      Object.assign(link, { href: address, target: "_blank", rel: "noopener noreferrer" });
      nodes.push(link);
    }
    last = match.index + match[0].length;
  }
  nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}

export class LearnPanel {
  private lessons: Lessons = { introduction: [], lessons: [] };
  private current = -1;

  constructor(private readonly panel: HTMLElement, private readonly content: HTMLElement, private readonly open: (code: string, lesson: string) => void) {
    panel.querySelector(".learn-close")?.addEventListener("click", () => this.toggle(false));
  }

  /** Shows or hides the panel (the lessons are fetched the first time). */
  toggle(show = this.panel.hidden): void {
    this.panel.hidden = !show;
    document.body.classList.toggle("learning", show);
    if (show && this.lessons.lessons.length === 0) void this.load();
  }

  private async load(): Promise<void> {
    const response = await fetch("/lessons.json").catch(() => undefined);
    if (!response?.ok) return void this.content.replaceChildren(element("p", "The lessons could not be loaded: reload the page to try again."));
    this.lessons = (await response.json()) as Lessons;
    this.show(this.current);
  }

  /** Lesson `index`, or the list of lessons for -1. */
  show(index: number): void {
    this.current = index;
    const lesson = this.lessons.lessons[index];
    if (!lesson) return void this.content.replaceChildren(...this.blocks(this.lessons.introduction, ""), this.contents());
    const title = element("h3", lesson.title);
    title.tabIndex = -1;
    this.content.replaceChildren(title, ...this.blocks(lesson.blocks, lesson.title), this.navigation());
    this.content.scrollTop = 0;
    title.focus();
  }

  private contents(): HTMLElement {
    const list = element("ol", "", "learn-contents");
    this.lessons.lessons.forEach((lesson, index) => {
      const button = element("button", lesson.title.replace(/^\d+\.\s*/, ""));
      button.type = "button";
      button.addEventListener("click", () => this.show(index));
      const item = element("li");
      item.append(button);
      list.append(item);
    });
    return list;
  }

  private blocks(blocks: readonly LessonBlock[], lesson: string): HTMLElement[] {
    return blocks.map((block) => {
      if (block.kind === "text") {
        const paragraph = element("p");
        paragraph.append(...inlineNodes(block.text));
        return paragraph;
      }
      const example = element("figure", "", "learn-example");
      const play = element("button", "Open and play", "accent");
      play.type = "button";
      play.title = "Put this example in the editor in place of the song (Ctrl-Z brings the song back) and play it";
      play.addEventListener("click", () => this.open(block.code, lesson));
      example.append(element("pre", block.code), play);
      return example;
    });
  }

  private navigation(): HTMLElement {
    const bar = element("nav", "", "learn-navigation");
    const button = (label: string, index: number) => {
      const node = element("button", label);
      node.type = "button";
      node.addEventListener("click", () => this.show(index));
      return node;
    };
    bar.append(button("All lessons", -1));
    if (this.current + 1 < this.lessons.lessons.length) bar.append(button(`Next: ${this.lessons.lessons[this.current + 1].title}`, this.current + 1));
    return bar;
  }
}
