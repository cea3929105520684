// The default song of `npm start`: Children's Songs No. 6 played round and round a bar at a time
// (Refrain.Live's playBar). One lap is the book's program note for note and millisecond for
// millisecond; an edit of the tempo, the instrument or a part is heard from the next bar.

import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { openSong, type Session } from "../../src/session/index.ts";

const examples = join(import.meta.dirname, "..", "..", "examples");

interface Heard { readonly time: number; readonly trace: string }

/** The song's elements up to `until` ms, after `edit` (if any) once the song time reaches `editAt`. */
function play(session: Session, until: number, edit?: { at: number; change: (text: string) => string }): Heard[] {
  const heard: Heard[] = [];
  let edited = false;
  for (;;) {
    const step = session.next();
    if (step.kind !== "element") break;
    if (step.time >= until) break;
    heard.push({ time: step.time, trace: step.trace });
    if (edit && !edited && step.time >= edit.at) {
      edited = true;
      assert.deepEqual(session.update("Main", edit.change(session.modules()[0].text)), []);
    }
  }
  return heard;
}

const notes = (elements: readonly Heard[]) => elements.filter((element) => /\b(On|Off)\b/.test(element.trace)).map((element) => `${element.time} ${element.trace}`);
const barMs = 24348 / 28;

test("one lap of the live song is the book's program, note for note; the second lap starts where the piece ends", () => {
  const book = play(openSong(join(examples, "children-song-6.hs")), Infinity);
  const live = play(openSong(join(examples, "children-song-6-live.hs")), 24348 + 1);
  const bookNotes = notes(book);
  assert.equal(bookNotes.length, 310);
  assert.deepEqual(notes(live).slice(0, bookNotes.length), bookNotes);
  const programChanges = live.filter((element) => element.trace.includes("PgmChange 4")).map((element) => element.time);
  assert.equal(programChanges.length, 29, "the instrument is announced at each bar of the lap and at the next lap");
  assert.deepEqual(notes(live).slice(bookNotes.length, bookNotes.length + 2), ["24348 Event (Channel 0 (On 81 127))", "24348 Event (Channel 0 (On 59 127))"]);
});

test("a new tempo is heard from the next bar", () => {
  const before = play(openSong(join(examples, "children-song-6-live.hs")), 6 * barMs);
  const after = play(openSong(join(examples, "children-song-6-live.hs")), 6 * barMs,
    { at: 1000, change: (text) => text.replace("(69 / 120)", "(138 / 120)") });
  const firstDifference = after.findIndex((element, index) => element.trace !== before[index]?.trace || element.time !== before[index]?.time);
  assert.ok(firstDifference > 0);
  assert.ok(after[firstDifference].time < 1000 + barMs, `the first changed element at ${after[firstDifference].time} ms`);
  // From the third bar (at 1739 ms) on, bars last half as long: the bass's dotted quarters are 217 or 218 ms apart, not 435.
  const bassPresses = after.filter((element) => element.time >= 1739 && /On (59|66|67) /.test(element.trace)).map((element) => element.time);
  const gaps = bassPresses.slice(0, 5).map((time, index, all) => index === 0 ? 217 : time - all[index - 1]);
  assert.ok(gaps.every((gap) => gap === 217 || gap === 218), `gaps ${gaps}`);
});

test("a new instrument is heard from the next bar, and so is a part changed", () => {
  const after = play(openSong(join(examples, "children-song-6-live.hs")), 3 * barMs, {
    at: 100,
    change: (text) => text.replace("instrument RhodesPiano (tempo", "instrument Vibraphone (tempo").replace("b1 = addDur dqn [b 3, fs 4, g 4", "b1 = addDur dqn [b 3, fs 4, a 4"),
  });
  const secondBar = after.filter((element) => element.time >= 870 && element.time < 1739).map((element) => element.trace);
  assert.ok(secondBar.includes("Event (Channel 0 (PgmChange 11))"), "Vibraphone is program 11");
  assert.ok(secondBar.includes("Event (Channel 0 (On 69 127))"), "the bass's first note of the bar is now A4");
  assert.ok(!after.some((element) => element.time < 870 && element.trace.includes("PgmChange 11")));
});
