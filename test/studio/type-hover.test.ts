// The type notes under the pointer, without a browser: notes of an applied version carried through
// later edits, the innermost note where notes nest, nothing on a line edited since or for a version
// never seen, and a participant's region (offsets after the header).

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ChangeSet, Text } from "@codemirror/state";
import { VersionMap } from "../../src/ui/highlights.ts";
import { TypeTable } from "../../src/ui/type-hover.ts";
import type { TypeNote } from "../../src/types/index.ts";

const text = "melody = note qn 60\nqn = 250\n";

/** Notes for every occurrence of each `name` in `source`. */
function notesOf(source: string, types: Record<string, string>): TypeNote[] {
  const notes: TypeNote[] = [];
  for (const [name, type] of Object.entries(types)) {
    for (const match of source.matchAll(new RegExp(`\\b${name}\\b`, "g"))) {
      notes.push({ start: match.index, end: match.index + name.length, text: `${name} :: ${type}` });
    }
  }
  return notes.sort((left, right) => left.start - right.start);
}

const notes = notesOf(text, { melody: "[Event Message]", note: "Time -> Pitch -> [Event Message]", qn: "Time" });

/** A version map whose version 1 is `text`, then `edits` made in order. */
function edited(...edits: { from: number; to?: number; insert?: string }[]): { versions: VersionMap; now: string } {
  const versions = new VersionMap();
  versions.add(1, text.length);
  let now = text;
  for (const edit of edits) {
    const changes = ChangeSet.of(edit, now.length);
    now = changes.apply(Text.of(now.split("\n"))).toString();
    versions.edited(changes);
  }
  return { versions, now };
}

describe("type notes under the pointer", () => {
  it("finds the note of the name at a position, on either side of it", () => {
    const table = new TypeTable(1, text, notes);
    const { versions } = edited();
    assert.equal(table.at(versions, text.indexOf("note") + 2, 1)?.text, "note :: Time -> Pitch -> [Event Message]");
    assert.equal(table.at(versions, text.indexOf("note"), 1)?.text, "note :: Time -> Pitch -> [Event Message]");
    assert.equal(table.at(versions, text.indexOf("note"), -1), undefined, "the blank before it");
    assert.equal(table.at(versions, text.indexOf("60") + 1, 1), undefined, "a literal has no note");
  });

  it("follows edits on other lines, and shows nothing on a line edited since", () => {
    const table = new TypeTable(1, text, notes);
    const { versions, now } = edited({ from: 0, insert: "-- a loop\n" }, { from: text.length + 10, insert: "hn = 2 * qn\n" });
    assert.deepEqual(table.at(versions, now.indexOf("qn =") + 1, 1), { from: now.indexOf("qn ="), to: now.indexOf("qn =") + 2, text: "qn :: Time" });
    const retyped = edited({ from: text.indexOf("60"), to: text.indexOf("60") + 2, insert: "62" });
    assert.equal(table.at(retyped.versions, retyped.now.indexOf("note") + 1, 1), undefined);
    assert.equal(table.at(retyped.versions, retyped.now.indexOf("qn =") + 1, 1)?.text, "qn :: Time");
  });

  it("shows nothing for a version whose text was never seen", () => {
    const versions = new VersionMap();
    versions.add(2, 0, false);
    assert.equal(new TypeTable(2, text, notes).at(versions, 2, 1), undefined);
  });

  it("gives the innermost of nested notes", () => {
    const source = "f all@(x : rest) = x\n";
    const nested = [
      { start: 2, end: 16, text: "all :: [Integer]" },
      { start: 7, end: 8, text: "x :: Integer" },
    ];
    const versions = new VersionMap();
    versions.add(1, source.length);
    assert.equal(new TypeTable(1, source, nested).at(versions, 7, 1)?.text, "x :: Integer");
    assert.equal(new TypeTable(1, source, nested).at(versions, 3, 1)?.text, "all :: [Integer]");
  });

  it("places a module's notes in a participant's region, after the header", () => {
    const header = "module Main where\nsetup = melody\n-------- Edit below\n";
    const module = header + text;
    const table = new TypeTable(1, text, notesOf(module, { setup: "[Event Message]", qn: "Time" }), header.length);
    const { versions } = edited();
    assert.equal(table.at(versions, text.indexOf("qn =") + 1, 1)?.text, "qn :: Time");
    assert.equal(table.at(versions, 0, 1), undefined, "the header's notes are not in the region");
  });
});
