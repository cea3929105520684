// Where the music goes: the built-in synth (started by a click, as browsers require), a Web MIDI
// device (each message sent with its due time as the timestamp, on the performance.now() clock),
// or nowhere. Drives the "Enable audio" banner and the Output choice.

import type { Output, Player } from "./player.ts";

export interface SoundElements {
  readonly banner: HTMLElement;
  readonly bannerText: HTMLElement;
  readonly enable: HTMLButtonElement;
  readonly select: HTMLSelectElement;
}

interface MidiDevice {
  readonly id: string;
  readonly name: string;
  readonly output: Output;
}

/** Asks for MIDI access (the browser may ask the user); empty when there is none. */
async function midiDevices(): Promise<MidiDevice[]> {
  if (!("requestMIDIAccess" in navigator)) return [];
  const access = await navigator.requestMIDIAccess();
  const devices: MidiDevice[] = [];
  access.outputs.forEach((port) => {
    devices.push({ id: port.id, name: port.name ?? port.id, output: { send: (bytes, at) => port.send(bytes, at) } });
  });
  return devices;
}

const builtIn = "synth";
const silent = "none";
const lookForDevices = "midi";

export class Sound {
  private synth: Output | undefined;
  private starting: Promise<void> | undefined;
  private devices: MidiDevice[] = [];

  constructor(private readonly elements: SoundElements, private readonly player: Player) {
    elements.enable.addEventListener("click", () => void this.enableSynth());
    elements.select.addEventListener("change", () => void this.choose(elements.select.value));
    this.renderChoices();
  }

  private async enableSynth(): Promise<void> {
    this.starting ??= (async () => {
      const { banner, bannerText, enable } = this.elements;
      enable.disabled = true;
      try {
        const { startSynth } = await import("./synth-output.ts");
        this.synth = await startSynth((text) => (bannerText.textContent = text));
        banner.hidden = true;
        if (this.elements.select.value === builtIn) this.player.setOutput(this.synth);
      } catch (failure) {
        bannerText.textContent = `Audio could not start: ${failure instanceof Error ? failure.message : String(failure)}`;
        enable.disabled = false;
        this.starting = undefined;
      }
    })();
    return this.starting;
  }

  private async choose(value: string): Promise<void> {
    if (value === lookForDevices) {
      try {
        this.devices = await midiDevices();
      } catch {
        this.devices = [];
      }
      this.renderChoices(this.devices[0]?.id ?? builtIn);
      return this.choose(this.elements.select.value);
    }
    this.elements.banner.hidden = value !== builtIn || this.synth !== undefined;
    if (value === builtIn) {
      this.player.setOutput(this.synth);
      if (!this.synth) await this.enableSynth();
    } else if (value === silent) {
      this.player.setOutput(undefined);
    } else {
      this.player.setOutput(this.devices.find((device) => device.id === value)?.output);
    }
  }

  private renderChoices(selected = builtIn): void {
    const select = this.elements.select;
    const option = (value: string, label: string) => {
      const element = document.createElement("option");
      element.value = value;
      element.textContent = label;
      return element;
    };
    select.replaceChildren(
      option(builtIn, "Built-in synth"),
      ...this.devices.map((device) => option(device.id, `MIDI: ${device.name}`)),
      option(lookForDevices, this.devices.length ? "Look for MIDI devices again" : "Look for MIDI devices…"),
      option(silent, "No sound"),
    );
    select.value = selected;
  }
}
