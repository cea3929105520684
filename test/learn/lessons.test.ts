// The Learn panel's lessons (docs/learn.md): about ten, each with an example that is a whole
// song, and every example compiles and plays (its first 40 elements, or to its end) without a problem.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseLessons } from "../../src/server/lessons.ts";
import { openSongText } from "../language/song-files.ts";

const lessons = parseLessons(readFileSync(join(import.meta.dirname, "../../docs/learn.md"), "utf8"));

test("ten lessons, from a first sound to playing together, each with an example", () => {
  assert.equal(lessons.lessons.length, 10);
  assert.equal(lessons.lessons[0].title, "1. A first sound");
  assert.equal(lessons.lessons[9].title, "10. Playing together");
  for (const lesson of lessons.lessons) assert.ok(lesson.blocks.some((block) => block.kind === "example"), lesson.title);
  assert.ok(lessons.introduction.some((block) => block.kind === "text" && block.text.includes("Open and play")));
});

test("paragraphs are joined lines; an example keeps its lines", () => {
  const parsed = parseLessons("# T\n\nintro\n\n## One\n\nfirst line\nsecond line\n\n```haskell\nmain = x\n\n  where\n```\nafter\n");
  assert.deepEqual(parsed, {
    introduction: [{ kind: "text", text: "intro" }],
    lessons: [{ title: "One", blocks: [
      { kind: "text", text: "first line second line" },
      { kind: "example", code: "main = x\n\n  where\n" },
      { kind: "text", text: "after" },
    ] }],
  });
});

for (const lesson of lessons.lessons) {
  test(`the example of lesson ${lesson.title} plays`, () => {
    for (const block of lesson.blocks) {
      if (block.kind !== "example") continue;
      const session = openSongText({ "Main.hs": block.code });
      let notes = 0;
      for (let count = 0; count < 40; count++) {
        const step = session.next();
        if (step.kind === "end") break;
        assert.equal(step.kind, "element", `${lesson.title}: ${step.kind === "error" ? step.message : step.kind}`);
        if (step.kind === "element") {
          assert.equal(step.problem, undefined);
          notes += step.events.filter((event) => event.message.type === "noteOn").length;
        }
      }
      assert.ok(notes > 0, `${lesson.title} plays notes`);
    }
  });
}
