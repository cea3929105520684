// Command-line argument parsing: positionals (negative numbers and everything after `--`
// included), `--flag value` and `--flag=value`, repeated options, switches, and the one-line
// errors, with the helpers that read the result.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { choiceOption, option, parseArguments, requirePositional, UsageError, wholeNumberOption } from "../../src/cli/arguments.ts";

const parse = (args: string[]) => parseArguments(args, ["--port", "--module", "-o"], ["--watch"]);

describe("command-line arguments", () => {
  it("takes a negative number as a positional", () => {
    assert.deepEqual(parse(["song.hs", "-1"]).positional, ["song.hs", "-1"]);
    assert.deepEqual(parse(["-2.5", "x", "-10"]).positional, ["-2.5", "x", "-10"]);
  });

  it("takes everything after -- as positional", () => {
    const args = parse(["a", "--", "--port", "-x", "--"]);
    assert.deepEqual(args.positional, ["a", "--port", "-x", "--"]);
    assert.equal(args.options.size, 0);
  });

  it("reads --flag value, --flag=value and a short flag", () => {
    const args = parse(["--port", "80", "song.hs", "--module=Main", "-o", "out.wav"]);
    assert.deepEqual(args.positional, ["song.hs"]);
    assert.equal(option(args, "--port"), "80");
    assert.equal(option(args, "--module"), "Main");
    assert.equal(option(args, "-o"), "out.wav");
    assert.equal(option(args, "--watch"), undefined);
  });

  it("keeps every value of a repeated option, the last one winning", () => {
    const args = parse(["--module", "A", "--module=B", "--module", "C"]);
    assert.deepEqual(args.options.get("--module"), ["A", "B", "C"]);
    assert.equal(option(args, "--module"), "C");
  });

  it("reads a switch", () => {
    assert.equal(option(parse(["--watch", "song.hs"]), "--watch"), "true");
  });

  it("takes the next argument as a value, even a dash or a negative number", () => {
    assert.equal(option(parse(["--port", "-1"]), "--port"), "-1");
    assert.throws(() => wholeNumberOption(parse(["--port", "-1"]), "--port", 8080), { message: "--port needs a whole number ≥ 0, not -1" });
  });

  it("says which option is unknown or lacks a value, in one line", () => {
    assert.throws(() => parse(["--x"]), new UsageError("unknown option --x"));
    assert.throws(() => parse(["--x=1"]), new UsageError("unknown option --x"));
    assert.throws(() => parse(["--o", "out.wav"]), new UsageError("unknown option --o"));
    assert.throws(() => parse(["song.hs", "--port"]), new UsageError("--port needs a value"));
    assert.throws(() => parse(["-o"]), new UsageError("-o needs a value"));
    assert.throws(() => parse(["--watch=yes"]), new UsageError("--watch takes no value"));
  });

  it("reads whole numbers and choices, and checks the count of positionals", () => {
    const args = parseArguments(["--limit", "6", "--format", "json", "a", "b"], ["--limit", "--format"]);
    assert.equal(wholeNumberOption(args, "--limit", 10), 6);
    assert.equal(wholeNumberOption(args, "--steps", 10), 10);
    assert.equal(choiceOption(args, "--format", ["text", "json"], "text"), "json");
    assert.throws(() => choiceOption(args, "--format", ["text"], "text"), new UsageError("--format must be one of text, not json"));
    assert.deepEqual(requirePositional(args, 2, "refrain x A B"), ["a", "b"]);
    assert.throws(() => requirePositional(args, 1, "refrain x A"), new UsageError("usage: refrain x A"));
  });
});
