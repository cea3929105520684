// When an applied edit is heard, from what the running term still holds. A changed name that a
// name the term holds still reaches is heard when the music gets there; one reached only through
// names that come back to themselves (`main = tune ++ main`) is heard from that loop's next lap;
// one that nothing held reaches was already played in this run (heard after Restart, or at once
// with Apply from here); one that `main` does not use is not heard at all.

import type { Definition, GlobalCell } from "../core/index.ts";
import { cellsIn } from "../reduce/index.ts";

export interface EditHearing {
  /** Changed names the music reaches later in this run. */
  readonly reached: readonly string[];
  /** Changed names reached only through a loop: heard from its next lap. */
  readonly nextLap: readonly { readonly name: string; readonly loop: string }[];
  /** Changed names the music already went past. */
  readonly played: readonly string[];
  /** Changed names `main` does not use. */
  readonly unused: readonly string[];
}

/** How each changed name will be heard, given the names the running term holds and the new program's definitions. */
export function editHearing(changed: readonly GlobalCell[], held: ReadonlySet<GlobalCell>, main: GlobalCell | undefined,
  definitions: ReadonlyMap<GlobalCell, Definition>): EditHearing {
  const users = new Map<GlobalCell, GlobalCell[]>();
  for (const [cell, definition] of definitions) {
    for (const [used] of cellsIn(definition.lambda.body)) {
      let list = users.get(used);
      if (!list) users.set(used, (list = []));
      list.push(cell);
    }
  }
  /** The names that reach `cell` through their definitions (itself included when `self`). */
  const reachers = (cell: GlobalCell, self: boolean): Set<GlobalCell> => {
    const found = new Set<GlobalCell>(self ? [cell] : []);
    const pending = [...(users.get(cell) ?? [])];
    while (pending.length > 0) {
      const next = pending.pop()!;
      if (found.has(next)) continue;
      found.add(next);
      pending.push(...(users.get(next) ?? []));
    }
    return found;
  };
  const hearing = { reached: [] as string[], nextLap: [] as { name: string; loop: string }[], played: [] as string[], unused: [] as string[] };
  for (const cell of changed) {
    const reaching = reachers(cell, true);
    if (!main || !reaching.has(main)) {
      hearing.unused.push(cell.name);
      continue;
    }
    const heldReaching = [...reaching].filter((candidate) => held.has(candidate));
    const loops = heldReaching.filter((candidate) => reachers(candidate, false).has(candidate));
    if (heldReaching.length === 0) hearing.played.push(cell.name);
    else if (loops.length < heldReaching.length) hearing.reached.push(cell.name);
    else hearing.nextLap.push({ name: cell.name, loop: (loops.find((loop) => loop === main) ?? loops[0]).name });
  }
  return hearing;
}
