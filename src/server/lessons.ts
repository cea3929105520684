// The studio's lessons (docs/learn.md) as data for the Learn panel: the introduction and, for
// each `## ` section, its title, its paragraphs (with inline `code`, **bold** and [links](url),
// rendered by the page) and its examples (the ```haskell blocks: whole songs, opened in the
// editor). One source for the repository's docs and the studio.

export type LessonBlock =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "example"; readonly code: string };

export interface Lesson {
  readonly title: string;
  readonly blocks: readonly LessonBlock[];
}

export interface Lessons {
  readonly introduction: readonly LessonBlock[];
  readonly lessons: readonly Lesson[];
}

/** The lessons of a markdown text: `# ` is the title, `## ` starts a lesson, blank lines end paragraphs. */
export function parseLessons(markdown: string): Lessons {
  const introduction: LessonBlock[] = [];
  const lessons: { title: string; blocks: LessonBlock[] }[] = [];
  let paragraph: string[] = [];
  let code: string[] | undefined;
  const blocks = () => lessons.at(-1)?.blocks ?? introduction;
  const endParagraph = () => {
    if (paragraph.length > 0) blocks().push({ kind: "text", text: paragraph.join(" ") });
    paragraph = [];
  };
  for (const line of markdown.split("\n")) {
    if (code) {
      if (line.startsWith("```")) {
        blocks().push({ kind: "example", code: code.join("\n") + "\n" });
        code = undefined;
      } else code.push(line);
    } else if (line.startsWith("```")) {
      endParagraph();
      code = [];
    } else if (line.startsWith("## ")) {
      endParagraph();
      lessons.push({ title: line.slice(3).trim(), blocks: [] });
    } else if (line.startsWith("# ") || line.trim() === "") endParagraph();
    else paragraph.push(line.trim());
  }
  endParagraph();
  return { introduction, lessons };
}
