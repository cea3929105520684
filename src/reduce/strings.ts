// Conversions between JS strings and the language's strings (lists of Char).

import { CONS, NIL } from "../core/builtins.ts";
import { Char, Data, Thunk, nullary } from "./values.ts";

/** A fully built list of characters. */
export function stringToList(text: string): Data {
  let list: Data = nullary(NIL);
  const codes = Array.from(text, (character) => character.codePointAt(0)!);
  for (let i = codes.length - 1; i >= 0; i--) list = new Data(CONS, Char.of(codes[i]), list);
  return list;
}

function evaluated(node: unknown): unknown {
  return node instanceof Thunk && node.evaluated ? node.value : node;
}

/** Reads an evaluated list of characters; returns undefined if it is not one. */
export function listToString(value: unknown): string | undefined {
  let text = "";
  let cell = evaluated(value);
  while (cell instanceof Data && cell.con === CONS) {
    const character = evaluated(cell.f0);
    if (!(character instanceof Char)) return undefined;
    text += String.fromCodePoint(character.code);
    cell = evaluated(cell.f1);
  }
  return cell instanceof Data && cell.con === NIL ? text : undefined;
}

/** Reads a fully evaluated list of whole numbers 0–255 as bytes, or undefined if it is not one. */
export function listToBytes(value: unknown): Uint8Array | undefined {
  const bytes: number[] = [];
  let cell = evaluated(value);
  while (cell instanceof Data && cell.con === CONS) {
    const byte = evaluated(cell.f0);
    if (typeof byte !== "number" || !Number.isInteger(byte) || byte < 0 || byte > 255) return undefined;
    bytes.push(byte);
    cell = evaluated(cell.f1);
  }
  return cell instanceof Data && cell.con === NIL ? Uint8Array.from(bytes) : undefined;
}

/** Reads a string, for error messages: whatever is not a character list is shown as a value. */
export function charsToString(value: unknown): string {
  return listToString(value) ?? "error called with a value that is not a string";
}
