// MIDI files: written, read back with the `midi-file` parser and compared exactly; then played
// by the real fluidsynth, whose audio must have the song's length and not be silent.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parseMidi, type MidiEvent } from "midi-file";
import type { TimedEvent } from "../../src/events/index.ts";
import { midiFile } from "../../src/sinks/smf.ts";
import { decodeWave } from "../../src/sinks/wave-file.ts";
import { firstSound, lastSound, peak, seconds } from "../support/audio.ts";
import { event } from "../support/songs.ts";

const song: TimedEvent[] = [
  event(0, { type: "program", program: 4 }),
  event(0, { type: "control", controller: 7, value: 100 }),
  event(0, { type: "noteOn", pitch: 60, velocity: 80 }),
  event(0, { type: "noteOn", pitch: 36, velocity: 100 }, 9),
  { time: 250, port: 0, channel: 0, message: { type: "say", text: "ünïcode say" }, spans: [] },
  event(500, { type: "noteOff", pitch: 60, velocity: 64 }),
  event(500, { type: "noteOff", pitch: 36, velocity: 64 }, 9),
  event(500, { type: "noteOn", pitch: 64, velocity: 70 }),
  event(1333, { type: "noteOff", pitch: 64, velocity: 64 }),
  event(1500, { type: "noteOn", pitch: 67, velocity: 90 }, 2, 1),
  event(200_000, { type: "noteOff", pitch: 67, velocity: 0 }, 2, 1),
];

/** Each track as `tick description` lines with absolute ticks. */
function lines(track: MidiEvent[]): string[] {
  let tick = 0;
  return track.map((item) => {
    tick += item.deltaTime;
    const { deltaTime, ...rest } = item as MidiEvent & { running?: boolean };
    return `${tick} ${JSON.stringify(rest)}`;
  });
}

test("a MIDI file reads back exactly: format 1, 1 ms ticks, a track per channel", () => {
  const midi = parseMidi(midiFile(song, 210_000, "Test song"));
  assert.deepEqual(midi.header, { format: 1, numTracks: 4, ticksPerBeat: 1000 });
  assert.deepEqual(midi.tracks.map(lines), [
    [
      '0 {"meta":true,"type":"trackName","text":"Test song"}',
      '0 {"meta":true,"type":"setTempo","microsecondsPerBeat":1000000}',
      // the text's bytes are UTF-8; midi-file reads them as Latin-1
      '250 {"meta":true,"type":"text","text":"Ã¼nÃ¯code say"}',
      '210000 {"meta":true,"type":"endOfTrack"}',
    ],
    [
      '0 {"meta":true,"type":"trackName","text":"channel 0"}',
      '0 {"channel":0,"type":"programChange","programNumber":4}',
      '0 {"channel":0,"type":"controller","controllerType":7,"value":100}',
      '0 {"channel":0,"type":"noteOn","noteNumber":60,"velocity":80}',
      '500 {"channel":0,"type":"noteOff","noteNumber":60,"velocity":64}',
      '500 {"channel":0,"type":"noteOn","noteNumber":64,"velocity":70}',
      '1333 {"channel":0,"type":"noteOff","noteNumber":64,"velocity":64}',
      '210000 {"meta":true,"type":"endOfTrack"}',
    ],
    [
      '0 {"meta":true,"type":"trackName","text":"channel 9"}',
      '0 {"channel":9,"type":"noteOn","noteNumber":36,"velocity":100}',
      '500 {"channel":9,"type":"noteOff","noteNumber":36,"velocity":64}',
      '210000 {"meta":true,"type":"endOfTrack"}',
    ],
    [
      '0 {"meta":true,"type":"trackName","text":"port 1 channel 2"}',
      '0 {"meta":true,"type":"portPrefix","port":1}',
      '1500 {"channel":2,"type":"noteOn","noteNumber":67,"velocity":90}',
      '200000 {"channel":2,"type":"noteOff","noteNumber":67,"velocity":0}',
      '210000 {"meta":true,"type":"endOfTrack"}',
    ],
  ]);
});

const soundfont = "/usr/share/sounds/sf2/FluidR3_GM.sf2";
const fluidsynth = ["/usr/bin/fluidsynth", "/usr/local/bin/fluidsynth"].find(existsSync);

test("fluidsynth renders the MIDI file: the song's length, not silent", { skip: !fluidsynth || !existsSync(soundfont) ? "needs Debian fluidsynth and fluid-soundfont-gm" : false }, () => {
  const folder = mkdtempSync(join(tmpdir(), "refrain-smf-"));
  const notes = Array.from({ length: 8 }, (_, index) => [
    event(index * 400, { type: "noteOn", pitch: 60 + index, velocity: 100 }),
    event(index * 400 + 350, { type: "noteOff", pitch: 60 + index, velocity: 64 }),
  ]).flat();
  writeFileSync(join(folder, "song.mid"), midiFile(notes, 3200));
  execFileSync(fluidsynth!, ["-ni", "-F", join(folder, "song.wav"), "-r", "44100", soundfont, join(folder, "song.mid")], { stdio: "ignore" });
  const audio = decodeWave(readFileSync(join(folder, "song.wav")));
  assert.equal(audio.sampleRate, 44100);
  // fluidsynth renders to the end of the tracks and then a few seconds more while voices die away
  assert.ok(seconds(audio) >= 3.2 && seconds(audio) <= 7.2, `fluidsynth rendered ${seconds(audio)} s`);
  assert.ok(peak(audio) > 0.01, `peak ${peak(audio)}`);
  const first = firstSound(audio)!, last = lastSound(audio)!;
  assert.ok(first < 20, `first sound at ${first} ms`);
  assert.ok(last > 3150 && last < 4500, `last sound at ${last} ms`);
});
