// The current term at a browser's own depth and Apply term, without a browser: the requests are
// validated, the display feed prints the term once per depth in use and sends only what changed,
// and a selection evaluated through the server comes back as its value or its problems.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { WebSocket } from "ws";
import { DisplayFeed } from "../../src/server/display-feed.ts";
import { limits, type ServerMessage } from "../../src/server/protocol.ts";
import { parseRequest } from "../../src/server/requests.ts";
import { defaultTermLimits } from "../../src/show/index.ts";
import { studioFixture, type Fixture } from "./browser.ts";
import { FakeSong, fakeSongText } from "./fake-song.ts";

describe("term requests", () => {
  it("accepts a whole depth within bounds and an expression to apply, and refuses the rest", () => {
    assert.deepEqual(parseRequest('{"type":"termDepth","depth":24}'), { ok: true, message: { type: "termDepth", depth: 24 } });
    assert.deepEqual(parseRequest('{"type":"applyTerm","id":3,"expression":"1 + 2"}'), { ok: true, message: { type: "applyTerm", id: 3, expression: "1 + 2" } });
    for (const bad of ['{"type":"termDepth"}', '{"type":"termDepth","depth":3}', '{"type":"termDepth","depth":61}', '{"type":"termDepth","depth":20.5}',
      '{"type":"termDepth","depth":"deep"}', '{"type":"applyTerm"}', JSON.stringify({ type: "applyTerm", expression: "x".repeat(20000) })]) {
      assert.equal(parseRequest(bad).ok, false, bad);
    }
    assert.equal(limits.termDepth.initial, defaultTermLimits.depth, "the initial depth is the printer's default");
  });
});

describe("the display feed", () => {
  /** A feed over the fake song with three viewers, counting the prints and recording what each is sent. */
  function feed() {
    const song = new FakeSong("Song.hs");
    const printed: (number | undefined)[] = [];
    const printedTerm = song.printedTerm.bind(song);
    song.printedTerm = (termLimits) => (printed.push(termLimits?.depth), printedTerm(termLimits));
    const viewers = new Set(["one", "two", "three"]);
    const received = new Map<string, string[]>([...viewers].map((viewer) => [viewer, []]));
    const display = new DisplayFeed<string>(song, (message, to) => {
      for (const viewer of to) if (message.type === "term") received.get(viewer)!.push(message.term.text);
    }, () => viewers);
    return { song, display, printed, received };
  }

  it("prints the term once per depth in use and sends each viewer its own", async () => {
    const { display, printed, received } = feed();
    display.setDepth("two", 30);
    display.setDepth("three", 30);
    await display.now();
    display.dispose();
    assert.deepEqual(printed.sort(), [14, 30]);
    assert.equal(received.get("one")!.length, 1);
    assert.equal(received.get("one")![0].split("note").length - 1, 7);
    assert.equal(received.get("two")![0].split("note").length - 1, 15);
    assert.deepEqual(received.get("three"), received.get("two"));
  });

  it("sends nothing when nothing changed, except to a viewer who changed depth", async () => {
    const { display, received } = feed();
    await display.now();
    await display.now();
    assert.deepEqual([...received.values()].map((texts) => texts.length), [1, 1, 1]);
    display.setDepth("two", 30);
    display.setDepth("two", limits.termDepth.initial);
    await display.now();
    display.dispose();
    assert.deepEqual([...received.values()].map((texts) => texts.length), [1, 2, 1]);
    assert.equal(received.get("two")![1], received.get("one")![0]);
  });
});

describe("Apply term through the server", () => {
  let fixture: Fixture;
  before(async () => {
    fixture = await studioFixture();
  });
  after(async () => {
    await fixture.close();
  });

  async function request(expression: string, token = new URL(fixture.server.conductorUrl).searchParams.get("token") ?? "") {
    const socket = new WebSocket(`${fixture.server.url.replace("http", "ws")}socket?token=${token}`);
    const messages: ServerMessage[] = [];
    socket.on("message", (data) => messages.push(JSON.parse(data.toString()) as ServerMessage));
    await new Promise((resolve) => socket.once("open", resolve));
    socket.send(JSON.stringify({ type: "applyTerm", id: 5, expression }));
    for (let waited = 0; waited < 3000; waited += 10) {
      const answer = messages.find((message) => message.type === "result" || message.type === "refused");
      if (answer) return socket.close(), answer;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error("no answer");
  }

  it("answers with the value, and changes nothing in the song", async () => {
    const answer = await request("(200 + 50)");
    assert.deepEqual(answer, { type: "result", id: 5, request: "applyTerm", problems: [], value: "250" });
    assert.equal(fixture.song.modules()[0].text, fakeSongText);
  });

  it("answers a runtime error or a compile error with its problems and no value", async () => {
    const failed = await request('error "nope"');
    assert.ok(failed.type === "result" && failed.value === undefined && failed.problems[0].message.includes("nope"));
    const wrong = await request("note (");
    assert.ok(wrong.type === "result" && wrong.value === undefined && wrong.problems[0].text.includes("not a sum"));
  });

  it("is the conductor's: a read-only page is refused", async () => {
    assert.equal((await request("1 + 1", "")).type, "refused");
  });
});
