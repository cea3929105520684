// Golden programs: every `test/programs/*.hs` is run; its `main` is a list of strings (or an
// action whose texts are its lines, as a Haskell program prints them), and each string must equal
// the next `-- expect:` line of the file (an `-- expect error:` line must be contained in the
// runtime or load error).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { openSong, Session, SongError } from "../../src/session/index.ts";
import { decodeStringLiteral } from "./haskell-string.ts";

const folder = join(import.meta.dirname, "../programs");

for (const name of readdirSync(folder).filter((file) => file.endsWith(".hs")).sort()) {
  const file = join(folder, name);
  const text = readFileSync(file, "utf8");
  const expected = [...text.matchAll(/^-- expect: (.*)$/gm)].map((match) => match[1]);
  const expectedError = /^-- expect error: (.*)$/m.exec(text)?.[1];
  for (const strategy of ["need", "name"] as const) {
    if (strategy === "name" && /^-- strategy: need$/m.test(text)) continue;
    test(`${name} (call-by-${strategy})`, () => {
      let session: Session;
      try {
        session = openSong(file, { strategy, stepBudget: 2_000_000 });
      } catch (problem) {
        if (!(problem instanceof SongError) || expectedError === undefined) throw problem;
        assert.match(problem.report, new RegExp(escape(expectedError)));
        return;
      }
      const actual: string[] = [];
      for (;;) {
        const step = session.next();
        if (step.kind === "end") break;
        if (step.kind === "error") {
          assert.ok(expectedError, `unexpected error: ${step.message}`);
          assert.match(step.message, new RegExp(escape(expectedError)));
          break;
        }
        const said = step.events.find((event) => event.message.type === "say")?.message;
        actual.push(said?.type === "say" ? said.text : decodeStringLiteral(step.trace) ?? step.trace);
        if (actual.length > expected.length + 5) break;
      }
      assert.deepEqual(actual, expected);
    });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
