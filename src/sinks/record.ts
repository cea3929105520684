// The `--record` log: one JSON line per MIDI message sent, `{"due": ms, "sent": ms, "bytes": [...]}`,
// both times on one monotonic clock from the start of playing; collected by the timing worker.

export interface RecordLine {
  readonly due: number;
  readonly sent: number;
  readonly bytes: readonly number[];
}

function rounded(time: number): number {
  return Math.round(time * 1000) / 1000;
}

export function formatRecord(line: RecordLine): string {
  return `{"due": ${rounded(line.due)}, "sent": ${rounded(line.sent)}, "bytes": [${line.bytes.join(", ")}]}`;
}

/** Parses and checks one line of a record; throws on anything else. */
export function parseRecord(text: string): RecordLine {
  const value: unknown = JSON.parse(text);
  const line = value as RecordLine;
  const valid =
    typeof value === "object" && value !== null && Object.keys(value).join() === "due,sent,bytes" &&
    Number.isFinite(line.due) && Number.isFinite(line.sent) && Array.isArray(line.bytes) && line.bytes.length > 0 &&
    line.bytes.every((byte, index) => Number.isInteger(byte) && byte >= 0 && byte <= (index === 0 ? 255 : 127)) &&
    line.bytes[0] >= 0x80;
  if (!valid) throw new Error(`not a record line: ${text}`);
  return line;
}

/**
 * Record lines as the timing thread collects them: kept in memory and handed on in batches
 * (`flush` when there is time to spare), so that the timing thread never waits for a disk.
 */
export class RecordBuffer {
  private lines: string[] = [];

  /** `origin` (clock ms) becomes time 0 in the record. */
  constructor(private readonly origin: number, private readonly handOn: (text: string) => void) {}

  record(due: number, sent: number, bytes: readonly number[]): void {
    this.lines.push(formatRecord({ due: due - this.origin, sent: sent - this.origin, bytes }) + "\n");
  }

  get pending(): number {
    return this.lines.length;
  }

  flush(): void {
    if (this.lines.length === 0) return;
    this.handOn(this.lines.join(""));
    this.lines = [];
  }
}
