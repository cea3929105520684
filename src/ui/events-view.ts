// The Events log: the latest elements in trace form (`time<TAB>element`), appended once per
// frame and kept short, scrolled to the newest unless the reader has scrolled up.

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

  clear(): void {
    this.pending = [];
    this.list.replaceChildren();
  }

  draw(): void {
    if (this.pending.length === 0) return;
    const atBottom = this.list.scrollTop + this.list.clientHeight >= this.list.scrollHeight - 4;
    const fragment = document.createDocumentFragment();
    for (const { time, trace } of this.pending) {
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
    this.list.append(fragment);
    while (this.list.childElementCount > keptLines) this.list.firstElementChild?.remove();
    if (atBottom) this.list.scrollTop = this.list.scrollHeight;
  }
}
