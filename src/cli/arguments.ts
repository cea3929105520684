// Command-line arguments, split by node:util's parseArgs: positionals, `--flag value` and
// `--flag=value` options (repeatable), switches, everything after `--` positional, and a negative
// number such as `-1` positional too; errors are one line (`unknown option --x`).

import { parseArgs, type ParseArgsConfig } from "node:util";

export class UsageError extends Error {}

export interface Arguments {
  readonly positional: string[];
  readonly options: Map<string, string[]>;
}

/** A negative number, which parseArgs would read as short options (`-2.5` as `-2 -. -5`). */
const looksLikeNumber = (arg: string) => /^-\.?\d/.test(arg);

/**
 * Splits arguments; `valued` options ("--port", "-o") take a value, `switches` do not. parseArgs
 * runs loose and its tokens are checked here: its strict errors name the flag only inside a
 * sentence, and a number is never an option (`--seconds -1` is a value, `eval F -1` a positional).
 */
export function parseArguments(args: readonly string[], valued: readonly string[], switches: readonly string[] = []): Arguments {
  const config: ParseArgsConfig["options"] = {};
  for (const flag of [...valued, ...switches]) {
    const name = flag.replace(/^--?/, "");
    config[name] = { type: valued.includes(flag) ? "string" : "boolean", ...(flag.startsWith("--") ? {} : { short: name }) };
  }
  const { tokens } = parseArgs({ args: [...args], options: config, strict: false, allowPositionals: true, tokens: true });
  const positional: string[] = [];
  const options = new Map<string, string[]>();
  let lastNumber = -1;
  for (const token of tokens) {
    if (token.kind === "positional") positional.push(token.value);
    if (token.kind !== "option") continue;
    const flag = token.rawName;
    if (looksLikeNumber(args[token.index])) {
      if (token.index !== lastNumber) positional.push(args[token.index]);
      lastNumber = token.index;
    } else if (switches.includes(flag)) {
      if (token.value !== undefined) throw new UsageError(`${flag} takes no value`);
      options.set(flag, ["true"]);
    } else if (!valued.includes(flag)) {
      throw new UsageError(`unknown option ${flag}`);
    } else if (token.value === undefined) {
      throw new UsageError(`${flag} needs a value`);
    } else {
      options.set(flag, [...(options.get(flag) ?? []), token.value]);
    }
  }
  return { positional, options };
}

export function option(args: Arguments, flag: string): string | undefined {
  const values = args.options.get(flag);
  return values?.[values.length - 1];
}

export function wholeNumberOption(args: Arguments, flag: string, fallback: number, minimum = 0): number {
  const text = option(args, flag);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) throw new UsageError(`${flag} needs a whole number ≥ ${minimum}, not ${text}`);
  return value;
}

export function choiceOption<T extends string>(args: Arguments, flag: string, choices: readonly T[], fallback: T): T {
  const text = option(args, flag);
  if (text === undefined) return fallback;
  if (!choices.includes(text as T)) throw new UsageError(`${flag} must be one of ${choices.join(", ")}, not ${text}`);
  return text as T;
}

export function requirePositional(args: Arguments, count: number, usage: string): string[] {
  if (args.positional.length !== count) throw new UsageError(`usage: ${usage}`);
  return args.positional;
}
