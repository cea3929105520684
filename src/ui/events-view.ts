// The Events region: a log of the latest elements in trace form (`time  element`, with the
// events as a musician reads them: `C#5 on · velocity 127 · channel 0`), stacked
// bottom-up (newest first in the page) so it stays at the newest line without reading the layout,
// and a piano roll of recent and coming notes, one colour per channel, its C rows named and the
// sounding notes outlined and named.

import { noteName } from "../events/reading.ts";
import type { RollNote } from "./player.ts";

const keptLines = 150;

export function clock(milliseconds: number): string {
  const seconds = milliseconds / 1000;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${(seconds - minutes * 60).toFixed(3).padStart(6, "0")}`;
}

export class EventsView {
  private pending: { time: number; trace: string; reading?: string }[] = [];

  constructor(private readonly list: HTMLElement) {}

  add(time: number, trace: string, reading?: string): void {
    this.pending.push({ time, trace, reading });
    if (this.pending.length > keptLines) this.pending.splice(0, this.pending.length - keptLines);
  }

  draw(): void {
    if (this.pending.length === 0) return;
    const fragment = document.createDocumentFragment();
    for (let index = this.pending.length - 1; index >= 0; index--) {
      const { time, trace, reading } = this.pending[index];
      const line = document.createElement("li");
      const stamp = document.createElement("time");
      stamp.textContent = clock(time);
      const text = document.createElement("span");
      text.textContent = trace;
      if (trace.startsWith("Wait")) line.className = "wait";
      line.append(stamp);
      if (reading) {
        const read = document.createElement("small");
        read.className = "reading";
        read.textContent = reading;
        line.append(read);
        line.className = "read";
      }
      line.append(text);
      fragment.append(line);
    }
    this.pending = [];
    this.list.prepend(fragment);
    while (this.list.childElementCount > keptLines) this.list.lastElementChild?.remove();
  }
}

const past = 4000;
const future = 1500;

export class PianoRoll {
  private readonly context: CanvasRenderingContext2D;
  private palette: string[] = [];
  private grid = "";
  private accent = "";
  private label = "";
  private low = 52;
  private high = 72;

  constructor(private readonly canvas: HTMLCanvasElement) {
    this.context = canvas.getContext("2d")!;
    new ResizeObserver(() => this.resize()).observe(canvas);
    this.resize();
  }

  /** Reads the colours again (after a theme change). */
  restyle(): void {
    const style = getComputedStyle(this.canvas);
    const colour = (name: string) => style.getPropertyValue(name).trim() || "#7aa2f7";
    this.palette = Array.from({ length: 8 }, (_, index) => colour(`--voice-${index}`));
    this.grid = colour("--roll-grid");
    this.accent = colour("--accent");
    this.label = colour("--muted");
  }

  draw(notes: readonly RollNote[], now: number): void {
    const { context, canvas } = this;
    const width = canvas.width;
    const height = canvas.height;
    if (width === 0 || height === 0) return;
    if (this.palette.length === 0) this.restyle();
    context.clearRect(0, 0, width, height);
    const visible = notes.filter((note) => (note.end ?? Infinity) > now - past && note.start < now + future);
    if (visible.length > 0) {
      const pitches = visible.map((note) => note.pitch);
      const middle = (Math.min(...pitches) + Math.max(...pitches)) / 2;
      const half = Math.max(8, (Math.max(...pitches) - Math.min(...pitches)) / 2 + 3);
      this.low = Math.floor(middle - half);
      this.high = Math.ceil(middle + half);
    }
    const rows = this.high - this.low + 1;
    const rowHeight = height / rows;
    const x = (time: number) => ((time - (now - past)) / (past + future)) * width;
    const ratio = window.devicePixelRatio || 1;
    context.font = `${Math.round(Math.min(11, Math.max(8, rowHeight / ratio)) * ratio)}px ui-monospace, monospace`;
    context.textBaseline = "middle";
    for (let pitch = this.low; pitch <= this.high; pitch++) {
      if (pitch % 12 !== 0) continue;
      const top = height - (pitch - this.low + 1) * rowHeight;
      context.fillStyle = this.grid;
      context.fillRect(0, top, width, Math.max(1, rowHeight));
      context.fillStyle = this.label;
      context.fillText(noteName(pitch), 3 * ratio, top + rowHeight / 2);
    }
    for (const note of visible) {
      const start = x(note.start);
      const end = x(Math.min(note.end ?? Math.max(now, note.start), now + future));
      context.globalAlpha = note.start > now ? 0.45 : 1;
      context.fillStyle = this.palette[note.channel % this.palette.length];
      const top = height - (note.pitch - this.low + 1) * rowHeight;
      context.fillRect(start, top + 0.5, Math.max(2, end - start - 1), Math.max(2, rowHeight - 1));
    }
    context.globalAlpha = 1;
    context.fillStyle = this.accent;
    context.fillRect(x(now), 0, Math.max(1, devicePixelRatio), height);
    // The sounding notes, named beside the line of now.
    context.strokeStyle = this.accent;
    context.lineWidth = ratio;
    for (const note of visible) {
      if (note.start > now || (note.end ?? Infinity) <= now) continue;
      const top = height - (note.pitch - this.low + 1) * rowHeight;
      const start = x(note.start);
      context.strokeRect(start, top + 0.5, Math.max(2, x(now) - start), Math.max(2, rowHeight - 1));
      context.fillText(noteName(note.pitch), x(now) + 4 * ratio, top + rowHeight / 2);
    }
  }

  private resize(): void {
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(this.canvas.clientWidth * ratio);
    this.canvas.height = Math.round(this.canvas.clientHeight * ratio);
  }
}
