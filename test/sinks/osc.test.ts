// OSC: a UDP listener on loopback receives one bundle per message, time-tagged in the future
// with the due time, addressed /refrain/midi (port channel status data1 data2) or /refrain/say.

import assert from "node:assert/strict";
import { createSocket } from "node:dgram";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { performanceClock } from "../../src/schedule/index.ts";
import { encodeMessage, ntpTimeTag } from "../../src/sinks/osc.ts";
import { OscSink, parseOscTarget } from "../../src/sinks/osc-udp.ts";
import { readBundle, type ReadBundle } from "../support/osc.ts";
import { event } from "../support/songs.ts";

test("bundles arrive on loopback with time tags in the future", async () => {
  const listener = createSocket("udp4");
  listener.bind(0, "127.0.0.1");
  await once(listener, "listening");
  const received: { bundle: ReadBundle; at: number }[] = [];
  const all = new Promise<void>((resolve) =>
    listener.on("message", (bytes) => {
      received.push({ bundle: readBundle(bytes), at: Date.now() });
      if (received.length === 3) resolve();
    }),
  );
  const sink = new OscSink(parseOscTarget(`127.0.0.1:${(listener.address() as AddressInfo).port}`)!, performanceClock, assert.fail);
  const now = performanceClock.now();
  sink.deliver({ due: now + 100, event: event(0, { type: "noteOn", pitch: 60, velocity: 90 }, 9, 1) });
  sink.deliver({ due: now + 150, event: event(50, { type: "program", program: 4 }, 2) });
  sink.deliver({ due: now + 200, event: { time: 100, port: 0, channel: 0, message: { type: "say", text: "héllo" }, spans: [] } });
  await all;
  await sink.close();
  listener.close();
  const wallNow = Date.now() - (performanceClock.now() - now);
  received.forEach(({ bundle, at }, index) => {
    assert.ok(bundle.time > at, `time tag ${bundle.time} not after arrival ${at}`);
    assert.ok(Math.abs(bundle.time - (wallNow + 100 + 50 * index)) < 5, `time tag ${bundle.time - wallNow} ms ahead`);
  });
  assert.deepEqual(received.map(({ bundle }) => bundle.messages), [
    [{ address: "/refrain/midi", arguments: [1, 9, 0x99, 60, 90] }],
    [{ address: "/refrain/midi", arguments: [0, 2, 0xc2, 4, 0] }],
    [{ address: "/refrain/say", arguments: ["héllo"] }],
  ]);
});

test("a cancel ends the notes that sent bundles would still start, at their own time tags", async () => {
  const listener = createSocket("udp4");
  listener.bind(0, "127.0.0.1");
  await once(listener, "listening");
  const received: ReadBundle[] = [];
  const all = new Promise<void>((resolve) =>
    listener.on("message", (bytes) => {
      received.push(readBundle(bytes));
      if (received.length === 4) resolve();
    }),
  );
  const sink = new OscSink(parseOscTarget(`127.0.0.1:${(listener.address() as AddressInfo).port}`)!, performanceClock, assert.fail);
  const now = performanceClock.now();
  sink.deliver({ due: now - 1, event: event(0, { type: "noteOn", pitch: 60, velocity: 90 }) });
  sink.deliver({ due: now + 100, event: event(0, { type: "noteOn", pitch: 62, velocity: 90 }) });
  sink.deliver({ due: now + 100, event: event(0, { type: "noteOff", pitch: 60, velocity: 0 }) });
  sink.cancel(now);
  await all;
  await sink.close();
  listener.close();
  assert.deepEqual(received.at(-1)!.messages, [{ address: "/refrain/midi", arguments: [0, 0, 0x80, 62, 0] }]);
  assert.equal(received.at(-1)!.time, received[1].time);
});

test("OSC encoding: padded strings, big-endian ints, NTP fractions", () => {
  assert.deepEqual(encodeMessage({ address: "/a", arguments: [1, "bc"] }), [
    0x2f, 0x61, 0, 0, 0x2c, 0x69, 0x73, 0, 0, 0, 0, 1, 0x62, 0x63, 0, 0,
  ]);
  assert.deepEqual(ntpTimeTag(1500), { seconds: 2_208_988_801, fraction: 2 ** 31 });
  assert.deepEqual(parseOscTarget("[::1]:57120"), { host: "::1", port: 57120 });
  assert.equal(parseOscTarget("localhost"), undefined);
});
