// Command-line arguments: positionals, `--flag value` options (repeatable), and clear errors.

export class UsageError extends Error {}

export interface Arguments {
  readonly positional: string[];
  readonly options: Map<string, string[]>;
}

/** Splits arguments; `valued` options take the next argument, the others are switches. */
export function parseArguments(args: readonly string[], valued: readonly string[], switches: readonly string[] = []): Arguments {
  const positional: string[] = [];
  const options = new Map<string, string[]>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg.startsWith("-") && arg !== "-") {
      const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
      if (switches.includes(flag)) {
        options.set(flag, ["true"]);
        continue;
      }
      if (!valued.includes(flag)) throw new UsageError(`unknown option ${flag}`);
      const value = inline ?? args[++index];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      options.set(flag, [...(options.get(flag) ?? []), value]);
      continue;
    }
    positional.push(arg);
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
