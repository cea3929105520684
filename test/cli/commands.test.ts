// The `refrain` command line as a user runs it (a real process): events in trace and jsonl form,
// --swap, eval, check, step, --help, and clean failures (message, exit 1, no stack trace).

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { basename, join } from "node:path";
import { writeSong } from "../language/song-files.ts";

const root = join(import.meta.dirname, "../..");
const refrain = (...args: string[]) => {
  const result = spawnSync(process.execPath, [join(root, "bin/refrain.js"), ...args], { encoding: "utf8", cwd: root, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

const loop = `module Main where
import Midi
main = channel 3 [Event (On 60 100), Wait 500, Event (Off 60 0)] ++ main
`;

test("events prints a trace: time, a tab, the element as show prints it", () => {
  const folder = writeSong({ "Loop.hs": loop });
  const result = refrain("events", join(folder, "Loop.hs"), "--limit", "4");
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, "0\tEvent (Channel 3 (On 60 100))\n0\tWait 500\n500\tEvent (Channel 3 (Off 60 0))\n500\tEvent (Channel 3 (On 60 100))\n");
});

test("events --format jsonl prints MIDI-level events", () => {
  const folder = writeSong({ "Loop.hs": loop.replace("channel 3", "channel 17") });
  const result = refrain("events", join(folder, "Loop.hs"), "--limit", "3", "--format", "jsonl");
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(result.stdout.trim().split("\n").map((line) => JSON.parse(line)), [
    { time: 0, port: 1, channel: 1, type: "noteOn", pitch: 60, velocity: 100 },
    { time: 500, port: 1, channel: 1, type: "noteOff", pitch: 60, velocity: 0 },
  ]);
});

test("events --swap applies a module's new text after K elements", () => {
  const folder = writeSong({ "Loop.hs": loop, "Edit.hs": loop.replace("On 60", "On 72").replace("Off 60", "Off 72") });
  const result = refrain("events", join(folder, "Loop.hs"), "--limit", "6", "--swap", `2:${join(folder, "Edit.hs")}`);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(result.stdout.trim().split("\n").slice(3), ["500\tEvent (Channel 3 (On 72 100))", "500\tWait 500", "1000\tEvent (Channel 3 (Off 72 0))"]);
});

test("a swap that does not compile is reported and the old program keeps playing", () => {
  const folder = writeSong({ "Loop.hs": loop, "Broken.hs": "module Main where\nmain = [" });
  const result = refrain("events", join(folder, "Loop.hs"), "--limit", "4", "--swap", `1:${join(folder, "Broken.hs")}`);
  assert.equal(result.status, 0);
  assert.match(result.stderr, /Broken\.hs:2:9: error: parse error/);
  assert.equal(result.stdout.trim().split("\n")[3], "500\tEvent (Channel 3 (On 60 100))");
});

const intro = `module Main where
import Midi
main = intro ++ verse
intro = [Wait gap, Wait gap]
verse = [Event (On 60 100), Wait 500, Event (Off 60 0)] ++ verse
gap :: Time
gap = 100
`;
/** The intro's gap becomes a Double (the program stays well typed), and the verse moves to 72. */
const retyped = intro.replace("[Wait gap, Wait gap]", "[Wait (round gap), Wait (round gap)]").replace("gap :: Time", "gap :: Double")
  .replace("On 60", "On 72").replace("Off 60", "Off 72");

test("a swap with a type error is refused at its position, and the elements are those without it", () => {
  const folder = writeSong({ "Song.hs": intro, "Bad.hs": intro.replace("gap = 100", 'gap = "soon"') });
  const unedited = refrain("events", join(folder, "Song.hs"), "--limit", "8");
  const result = refrain("events", join(folder, "Song.hs"), "--limit", "8", "--swap", `1:${join(folder, "Bad.hs")}`);
  assert.equal(result.status, 0);
  assert.match(result.stderr, /Bad\.hs:7:7: error: The body of `gap` has type `String`, but `gap` is declared as `Time`/);
  assert.equal(result.stdout, unedited.stdout);
});

test("a swap that retypes a name the running term holds is refused; once the term no longer holds it, it applies", () => {
  const folder = writeSong({ "Song.hs": intro, "Edit.hs": retyped });
  const unedited = refrain("events", join(folder, "Song.hs"), "--limit", "8");
  const early = refrain("events", join(folder, "Song.hs"), "--limit", "8", "--swap", `1:${join(folder, "Edit.hs")}`);
  assert.match(early.stderr, /Edit\.hs:7:1: error: `gap` has the type `Time` in the music playing now, and this edit makes it `Double`/);
  assert.equal(early.stdout, unedited.stdout);
  const late = refrain("events", join(folder, "Song.hs"), "--limit", "8", "--swap", `3:${join(folder, "Edit.hs")}`);
  assert.equal(late.stderr, "");
  assert.deepEqual(late.stdout.trim().split("\n").slice(4), ["700\tEvent (Off 60 0)", "700\tEvent (On 72 100)", "700\tWait 500", "1200\tEvent (Off 72 0)"]);
});

test("eval prints a value fully", () => {
  const folder = writeSong({ "Song.hs": "module Song where\nsquares = [x * x | x <- [1 ..]]\n" });
  const result = refrain("eval", join(folder, "Song.hs"), "take 4 squares");
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, "[1,4,9,16]\n");
});

test("check reports errors as file:line:col with the line and a caret, exit 1", () => {
  const folder = writeSong({ "Bad.hs": "main = [Wait x]\n" });
  const result = refrain("check", join(folder, "Bad.hs"));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /Bad\.hs:1:14: error: `x` is not defined\n  \|\n1 \| main = \[Wait x\]\n  \| {14}\^/);
  assert.equal(refrain("check", join(folder, "Bad.hs").replace("Bad", "Missing")).status, 1);
});

test("step prints the term after each reduction with the rule that fired", () => {
  const folder = writeSong({ "Loop.hs": loop });
  const result = refrain("step", join(folder, "Loop.hs"), "--steps", "6");
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.trim().split("\n");
  assert.equal(lines[0], "0\tmain");
  assert.match(result.stdout, /\[main\]/);
  assert.ok(lines.length >= 7);
});

test("help, unknown commands and bad options give a message and the right exit code", () => {
  assert.equal(refrain("--help").status, 0);
  assert.match(refrain("--help").stdout, /refrain events FILE/);
  const unknown = refrain("dance");
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /unknown command 'dance'/);
  const bad = refrain("events", "x.hs", "--limit", "many");
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--limit needs a whole number/);
  assert.doesNotMatch(bad.stderr + unknown.stderr, /at .*\.ts:\d+/);
});

test("hostile input ends in a message, never a crash or a hang", () => {
  const deep = "main = " + "(".repeat(20000) + "1" + ")".repeat(20000) + "\n";
  const folder = writeSong({ "Deep.hs": deep, "Binary.hs": "\u0000\u0001\uFFFF{-", "Cycle.hs": "import Cycle\nmain = []\n" });
  for (const file of ["Deep.hs", "Binary.hs", "Cycle.hs"]) {
    const result = refrain("check", join(folder, file));
    assert.equal(result.status, 1, `${file}: ${result.stderr}`);
    assert.match(result.stderr, /error: /, file);
    assert.doesNotMatch(result.stderr, /at .*\.ts:\d+/, file);
  }
});

test("serve prints the studio's address when ready, serves the page there, and names a folder's song by the folder", async () => {
  const folder = writeSong({ "Loop.hs": loop });
  const { spawn } = await import("node:child_process");
  const { WebSocket } = await import("ws");
  const server = spawn(process.execPath, [join(root, "bin/refrain.js"), "serve", folder, "--port", "0"], { cwd: root });
  try {
    const address = await new Promise<string>((resolve, reject) => {
      let output = "";
      server.stdout.on("data", (chunk) => {
        output += chunk;
        const found = /^Refrain studio: (http:\/\/127\.0\.0\.1:\d+\/\S*)$/m.exec(output);
        if (found) resolve(found[1]);
      });
      server.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
    });
    const page = await fetch(address);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<html/);
    const url = new URL(address);
    const socket = new WebSocket(`ws://${url.host}/socket${url.search}`, { headers: { Origin: url.origin } });
    const welcome = await new Promise<{ song: string }>((resolve, reject) => {
      socket.on("message", (data) => {
        const message = JSON.parse(String(data));
        if (message.type === "welcome") resolve(message);
      });
      socket.on("error", reject);
    });
    socket.close();
    assert.equal(welcome.song, basename(folder));
  } finally {
    server.kill();
  }
});

test("serve on a taken port: the default one moves to the next free port and says so; a port asked for is refused with a message", async () => {
  const folder = writeSong({ "Loop.hs": loop });
  const { createServer } = await import("node:net");
  const { spawn } = await import("node:child_process");
  const occupy = (port: number) => new Promise<ReturnType<typeof createServer> | undefined>((resolve) => {
    const other = createServer();
    other.once("error", () => resolve(undefined));
    other.listen(port, "127.0.0.1", () => resolve(other));
  });
  const taken = (await occupy(0))!;
  const port = (taken.address() as { port: number }).port;
  const refused = refrain("serve", join(folder, "Loop.hs"), "--port", String(port));
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, new RegExp(`refrain serve: port ${port} on 127\\.0\\.0\\.1 is in use by another program; choose another with --port N`));
  const eighty = await occupy(8080); // undefined when another program has it already: taken either way
  const server = spawn(process.execPath, [join(root, "bin/refrain.js"), "serve", join(folder, "Loop.hs")], { cwd: root });
  try {
    const output = await new Promise<string>((resolve, reject) => {
      let text = "";
      server.stdout.on("data", (chunk) => {
        text += chunk;
        if (/^Refrain studio: /m.test(text)) resolve(text);
      });
      server.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${text}`)));
    });
    const moved = /Port 8080 is in use by another program, so the studio is on port (\d+)\./.exec(output);
    assert.ok(moved && Number(moved[1]) > 8080, output);
    assert.match(output, new RegExp(`Refrain studio: http://127\\.0\\.0\\.1:${moved[1]}/`));
  } finally {
    server.kill();
    taken.close();
    eighty?.close();
  }
});

test("dump prints each stage of the pipeline: syntax tree, resolved names, types, core", () => {
  const folder = writeSong({ "Loop.hs": loop + "twice x = x ++ x\n" });
  const stage = (name: string) => refrain("dump", "--stage", name, join(folder, "Loop.hs"));
  const parse = stage("parse"), resolved = stage("resolved"), typed = stage("typed"), core = stage("core");
  for (const result of [parse, resolved, typed, core]) assert.equal(result.status, 0, result.stderr);
  assert.match(parse.stdout, /\(fun twice \[x\] = \{x \+\+ x\}\)/);
  assert.match(resolved.stdout, /Main\.twice x = \(\(Prelude\.\+\+\) x x\)/);
  assert.match(typed.stdout, /^main :: \[Event \(Channel Message\)\]$/m);
  assert.match(typed.stdout, /^twice :: \[a\] -> \[a\]$/m);
  assert.match(core.stdout, /Main\.twice = \\@1 \[2 slots\] ->\n {2}\{twice\} \(Prelude\.\+\+ x@1 x@1\)/);
});

test("a term that grows past --memory stops the song with a message naming what grew, and exit 1", () => {
  // The paper's fibs under call-by-name: nothing is shared, so the term grows without end.
  const folder = writeSong({ "Fibs.hs": `module Main where
import Midi

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

main :: [Event (Channel Message)]
main = channel 0 (concatMap (\\n -> note 10 (60 + n \`mod\` 12)) fibs)
` });
  const result = refrain("events", join(folder, "Fibs.hs"), "--strategy", "name", "--format", "none", "--memory", "150");
  assert.equal(result.status, 1);
  // It names the rule unfolding when the limit was passed: `fibs` or the `zipWith` it unfolds to, as the heap had grown by then.
  assert.match(result.stderr, /^\S*(Fibs\.hs:5:1: error: .* `fibs`|Prelude\.hs:\d+:1: error: .* `zipWith`); the music stopped\n/);
  assert.match(result.stderr, /error: the running term has grown past 150 MB of memory while unfolding/);
  assert.doesNotMatch(result.stderr, /    at /);
});
