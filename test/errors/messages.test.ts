// Every case of messages.txt: the source, written as song.hs, must fail to load with a message
// that starts with the expected text (file:line:col: error: …).

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSong, SongError } from "../../src/session/index.ts";

const cases = readFileSync(join(import.meta.dirname, "messages.txt"), "utf8")
  .split(/^### /m)
  .slice(1)
  .map((block) => {
    const [title, ...lines] = block.split("\n");
    const expectIndex = lines.findIndex((line) => line.startsWith(">>> "));
    return { title, source: lines.slice(0, expectIndex).join("\n") + "\n", expected: lines[expectIndex].slice(4) };
  });

for (const { title, source, expected } of cases) {
  test(title, () => {
    const folder = mkdtempSync(join(tmpdir(), "refrain-error-"));
    const file = join(folder, "song.hs");
    writeFileSync(file, source);
    assert.throws(() => openSong(file), (problem: unknown) => {
      assert.ok(problem instanceof SongError, String(problem));
      const first = problem.report.split("\n")[0].replace(folder + "/", "");
      assert.ok(first.startsWith(expected), `got: ${first}\nwanted: ${expected}`);
      assert.match(problem.report, /\n\d+ \| .*\n\s+\| +\^+/, "the message shows the source line and a caret");
      return true;
    });
  });
}
