// Top-level constants shared within a program version, as in Haskell (call-by-need only):
// the first use of a constant makes one thunk of its body, kept in its cell; later uses
// evaluate that thunk, so `fibs = 0 : 1 : zipWith (+) fibs (tail fibs)` ties its knot.
// Live semantics stay: a program version's commit drops every shared value, so what has not
// yet unfolded a constant unfolds its new definition; a constant that reads a control is never
// shared; and when the music comes back to the start of a constant's list that a loop like
// `main = melody ++ main` tied under an older version, it starts over from the current program
// (`staleHead`). A shared value must not keep a consumed stream alive: a constant not used
// for a while (between two sweeps, which the interpreter makes every few thousand elements) is
// dropped from its cell, so its list lives only as long as the music holds it.

import type { Definition, GlobalCell, SharedConstants } from "../core/term.ts";
import { CONS } from "../core/builtins.ts";
import { cellsIn, readsControl } from "./references.ts";
import { Data, Thunk } from "./values.ts";

/** The first cells of constants' lists that were met again (a loop closed), with the program version they are of. */
const heads = new WeakMap<Data, { readonly cell: GlobalCell; readonly version: number }>();

/** The thunk of the constant `cell` (defined by `definition`, arity 0, not volatile) shared in this version. */
export function sharedConstant(cell: GlobalCell, definition: Definition): Thunk {
  cell.sharedUsed = true;
  const known = cell.shared as Thunk | undefined;
  if (known !== undefined) {
    const value = known.value;
    if (value instanceof Data && value.con === CONS && known.evaluated) recordHead(value, cell);
    return known;
  }
  const lambda = definition.lambda;
  const thunk = new Thunk(lambda.body, new Array(lambda.slots));
  cell.shared = thunk;
  cell.sharing.holding.add(cell);
  return thunk;
}

function recordHead(value: Data, cell: GlobalCell): void {
  const version = cell.sharing.version;
  if (heads.get(value)?.version === version) return;
  heads.set(value, { cell, version });
  cell.sharing.oldestLoop = Math.min(cell.sharing.oldestLoop, version);
}

/** The cells of a program holding a shared value now, with their thunks (the renewal of the term copies them with it). */
export function sharedConstants(sharing: SharedConstants): [GlobalCell, Thunk][] {
  return Array.from(sharing.holding, (cell) => [cell, cell.shared as Thunk]);
}

/** The renewal of the term made a copy of a cell's shared thunk: the cell shares the copy. */
export function sharedCopied(cell: GlobalCell, copy: Thunk): void {
  cell.shared = copy;
}

/** A copy of a cell made by the renewal of the term keeps the record of the loop it closes. */
export function cellCopied(original: Data, copy: Data): void {
  const record = heads.get(original);
  if (record !== undefined) heads.set(copy, record);
}

/** The constant whose list starts at `value` under an older program version (then it is unfolded anew), if any. */
export function staleHead(value: unknown, sharing: SharedConstants): GlobalCell | undefined {
  if (sharing.oldestLoop >= sharing.version || !(value instanceof Data)) return undefined;
  const record = heads.get(value);
  return record !== undefined && record.version !== sharing.version ? record.cell : undefined;
}

/** Drops a program's shared values not used since the last sweep. */
export function sweepConstants(sharing: SharedConstants): void {
  for (const cell of sharing.holding) {
    if (cell.sharedUsed) cell.sharedUsed = false;
    else {
      cell.shared = undefined;
      sharing.holding.delete(cell);
    }
  }
}

/** Drops all of a program's shared values. */
export function dropSharedConstants(sharing: SharedConstants): void {
  for (const cell of sharing.holding) cell.shared = undefined;
  sharing.holding.clear();
}

/**
 * A new version of a program is committed (`cells`: every cell of it): shared values are
 * dropped, and constants that read a control, directly or through anything they use, are marked volatile.
 */
export function programCommitted(sharing: SharedConstants, cells: Iterable<GlobalCell>): void {
  sharing.version++;
  dropSharedConstants(sharing);
  const users = new Map<GlobalCell, GlobalCell[]>();
  const reading: GlobalCell[] = [];
  for (const cell of cells) {
    cell.volatile = false;
    const body = cell.definition?.lambda.body;
    if (body === undefined) continue;
    for (const [used] of cellsIn(body)) {
      const list = users.get(used);
      if (list === undefined) users.set(used, [cell]);
      else list.push(cell);
    }
    if (readsControl(body)) reading.push(cell);
  }
  // Everything that can reach a control's reading is volatile.
  for (const cell of reading) cell.volatile = true;
  while (reading.length > 0) {
    for (const user of users.get(reading.pop()!) ?? []) {
      if (!user.volatile) {
        user.volatile = true;
        reading.push(user);
      }
    }
  }
}
