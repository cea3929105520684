// The Events log: the latest elements in trace form (`time  element`), added once per frame and
// kept short. The list is stacked bottom-up (newest first in the page), so it stays scrolled to
// the newest line without reading the layout.

const keptLines = 150;

export function clock(milliseconds: number): string {
  const seconds = milliseconds / 1000;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${(seconds - minutes * 60).toFixed(3).padStart(6, "0")}`;
}

export class EventsView {
  private pending: { time: number; trace: string }[] = [];

  constructor(private readonly list: HTMLElement) {}

  add(time: number, trace: string): void {
    this.pending.push({ time, trace });
    if (this.pending.length > keptLines) this.pending.splice(0, this.pending.length - keptLines);
  }

  draw(): void {
    if (this.pending.length === 0) return;
    const fragment = document.createDocumentFragment();
    for (let index = this.pending.length - 1; index >= 0; index--) {
      const { time, trace } = this.pending[index];
      const line = document.createElement("li");
      const stamp = document.createElement("time");
      stamp.textContent = clock(time);
      const text = document.createElement("span");
      text.textContent = trace;
      if (trace.startsWith("Wait")) line.className = "wait";
      line.append(stamp, text);
      fragment.append(line);
    }
    this.pending = [];
    this.list.prepend(fragment);
    while (this.list.childElementCount > keptLines) this.list.lastElementChild?.remove();
  }
}
