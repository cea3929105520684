// Live MIDI through @julusian/midi (RtMidi: ALSA on Linux, CoreMIDI, WinMM), loaded lazily so
// that everything else works on machines without a MIDI system, which get one clear line instead.

import { existsSync } from "node:fs";

type MidiModule = typeof import("@julusian/midi");
export type MidiOutput = InstanceType<MidiModule["Output"]>;

/** The one-line reason there is no live MIDI here. */
export class MidiUnavailable extends Error {}

/** What to open: a port by number, or a new virtual port by name. */
export type MidiTarget = { readonly port: number } | { readonly virtual: string };

const advice = "use --record or --osc";

export async function loadMidi(): Promise<MidiModule> {
  if (process.platform === "linux" && !existsSync("/dev/snd/seq")) {
    throw new MidiUnavailable(`no MIDI system available (ALSA sequencer /dev/snd/seq not found); ${advice}`);
  }
  try {
    return await import("@julusian/midi");
  } catch (error) {
    throw new MidiUnavailable(`no MIDI system available (the MIDI library did not load: ${(error as Error).message}); ${advice}`);
  }
}

async function newOutput(): Promise<MidiOutput> {
  const midi = await loadMidi();
  try {
    return new midi.Output();
  } catch (error) {
    throw new MidiUnavailable(`no MIDI system available (${(error as Error).message}); ${advice}`);
  }
}

/** The names of the MIDI output ports, in port order. */
export async function outputPorts(): Promise<string[]> {
  const output = await newOutput();
  const names = Array.from({ length: output.getPortCount() }, (_, port) => output.getPortName(port));
  output.destroy();
  return names;
}

/** A `--midi` argument (a port number, or part of a port's name; none: the first port) as a target. */
export async function findPort(spec: string | undefined): Promise<MidiTarget> {
  const names = await outputPorts();
  if (names.length === 0) throw new MidiUnavailable("no MIDI output ports; use --virtual NAME, --record or --osc");
  if (spec === undefined) return { port: 0 };
  const byNumber = /^\d+$/.test(spec) ? Number(spec) : -1;
  const port = byNumber >= 0 ? byNumber : names.findIndex((name) => name.toLowerCase().includes(spec.toLowerCase()));
  if (port < 0 || port >= names.length) {
    throw new MidiUnavailable(`no MIDI output port '${spec}'; the ports are: ${names.map((name, index) => `${index}: ${name}`).join(", ")}`);
  }
  return { port };
}

export async function openOutput(target: MidiTarget): Promise<MidiOutput> {
  const output = await newOutput();
  if ("virtual" in target) output.openVirtualPort(target.virtual);
  else output.openPort(target.port);
  return output;
}
