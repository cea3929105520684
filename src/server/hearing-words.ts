// How an applied edit is heard, in words for the status line after Apply (the session says it as
// a value: see session/hearing.ts).

import type { EditHearing } from "../session/index.ts";

/** What Apply from here does, in the same words. */
export const heardFromHere = "heard now: `main` plays again under the new program from the song time reached";

/** The hearing in words, for the status line after Apply; undefined when there is none or nothing changed. */
export function describeHearing(hearing: EditHearing | undefined): string | undefined {
  if (!hearing) return undefined;
  const names = (list: readonly string[]) => list.map((name) => `\`${name}\``).join(", ");
  const parts: string[] = [];
  if (hearing.reached.length > 0) parts.push(`${names(hearing.reached)} heard when the music gets there`);
  const laps = new Map<string, string[]>();
  for (const { name, loop } of hearing.nextLap) laps.set(loop, [...(laps.get(loop) ?? []), name]);
  for (const [loop, changed] of laps) parts.push(`${names(changed)} heard from the next lap of \`${loop}\``);
  if (hearing.played.length > 0) parts.push(`${names(hearing.played)} already played in this run: heard after Restart, or at once with Apply from here`);
  if (hearing.unused.length > 0) parts.push(`${names(hearing.unused)} not used by \`main\``);
  return parts.length > 0 ? parts.join("; ") : undefined;
}
