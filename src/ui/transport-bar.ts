// The transport controls: Play, Pause, Stop, Restart, the mode (real time, slow motion, single
// step with Next element / Next reduction), latency and the elapsed song time.

import type { ClientMessage, Mode, TransportStatus } from "../server/protocol.ts";
import { clock } from "./events-view.ts";

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

export class TransportBar {
  private readonly play = element<HTMLButtonElement>("play");
  private readonly pause = element<HTMLButtonElement>("pause");
  private readonly stop = element<HTMLButtonElement>("stop");
  private readonly restart = element<HTMLButtonElement>("restart");
  private readonly nextElement = element<HTMLButtonElement>("next-element");
  private readonly nextReduction = element<HTMLButtonElement>("next-reduction");
  private readonly slowStep = element<HTMLInputElement>("slow-step");
  private readonly slowStepShown = element<HTMLOutputElement>("slow-step-value");
  private readonly latency = element<HTMLInputElement>("latency");
  private readonly elapsed = element<HTMLOutputElement>("elapsed");
  private readonly intoLibrary = element<HTMLInputElement>("into-library");
  private readonly modes = Array.from(document.querySelectorAll<HTMLInputElement>('input[name="mode"]'));
  private shownElapsed = "";
  /** When playing last began (local time, plus the latency before the first note). */
  private resumedAt = 0;
  status: TransportStatus | undefined;

  constructor(private readonly send: (message: ClientMessage) => void) {
    this.play.addEventListener("click", () => this.command("play"));
    this.pause.addEventListener("click", () => this.command("pause"));
    this.stop.addEventListener("click", () => this.command("stop"));
    this.restart.addEventListener("click", () => this.command("restart"));
    this.nextElement.addEventListener("click", () => send({ type: "next", unit: "element" }));
    this.nextReduction.addEventListener("click", () => this.next("reduction"));
    for (const radio of this.modes) radio.addEventListener("change", () => radio.checked && this.setMode(radio.value as Mode));
    this.slowStep.addEventListener("input", () => (this.slowStepShown.textContent = `${this.slowStep.value} ms`));
    this.slowStep.addEventListener("change", () => this.setMode("slow"));
    this.latency.addEventListener("change", () => {
      const milliseconds = Math.min(1000, Math.max(10, Math.round(Number(this.latency.value) || 100)));
      this.latency.value = String(milliseconds);
      send({ type: "latency", milliseconds });
    });
  }

  command(action: "play" | "pause" | "stop" | "restart"): void {
    this.send({ type: "transport", action });
  }

  /** Play and Pause in one key. */
  toggle(): void {
    this.command(this.playing ? "pause" : "play");
  }

  setMode(mode: Mode): void {
    this.send({ type: "mode", mode, slowStep: Number(this.slowStep.value) });
  }

  /** A single step; a reduction stops in library code too when "into library" is ticked. */
  next(unit: "element" | "reduction"): void {
    this.send({ type: "next", unit, ...(unit === "reduction" && this.intoLibrary.checked ? { intoLibrary: true } : {}) });
  }

  /** Whether the music is playing now. */
  get playing(): boolean {
    return this.status?.state === "playing";
  }

  show(status: TransportStatus): void {
    if (status.state === "playing" && this.status?.state !== "playing") this.resumedAt = performance.now() + status.latency;
    this.status = status;
    const playing = status.state === "playing";
    const stepping = status.mode === "step";
    this.play.setAttribute("aria-pressed", String(playing));
    this.pause.disabled = !playing;
    this.nextElement.disabled = !stepping;
    this.nextReduction.disabled = !stepping;
    for (const radio of this.modes) radio.checked = radio.value === status.mode;
    document.body.dataset.mode = status.mode;
    document.body.dataset.state = status.state;
    this.slowStep.value = String(status.slowStep);
    this.slowStepShown.textContent = `${status.slowStep} ms`;
    if (document.activeElement !== this.latency) this.latency.value = String(status.latency);
  }

  /** Song time now: the latest element's, running on with the clock while playing in real time. */
  drawElapsed(now: number, lastTime: number, lastAt: number): void {
    const running = this.status?.state === "playing" && this.status.mode === "realtime";
    const time = running ? lastTime + Math.max(0, now - Math.max(lastAt, this.resumedAt)) : lastTime;
    const text = clock(Math.max(0, time)).slice(0, -2);
    if (text !== this.shownElapsed) this.elapsed.textContent = this.shownElapsed = text;
  }
}
