// Web MIDI outputs: the devices this browser offers, each usable as an Output that sends every
// message with its due time as the Web MIDI timestamp (the same clock as performance.now()).

import type { Output } from "./player.ts";

export interface MidiDevice {
  readonly id: string;
  readonly name: string;
  readonly output: Output;
}

/** Asks for MIDI access (the browser may ask the user); empty when there is none. */
export async function midiDevices(changed: () => void): Promise<MidiDevice[]> {
  if (!("requestMIDIAccess" in navigator)) return [];
  const access = await navigator.requestMIDIAccess();
  access.addEventListener("statechange", changed);
  const devices: MidiDevice[] = [];
  access.outputs.forEach((port) => {
    devices.push({ id: port.id, name: port.name ?? port.id, output: { send: (bytes, at) => port.send(bytes, at) } });
  });
  return devices;
}
