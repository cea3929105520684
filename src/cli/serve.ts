// `refrain serve [FILE|DIR] [--port N] [--host H] [--allow-host NAME]... [-I DIR]... [--strategy need|name] [--budget N] [--memory MB]`:
// opens the song as a live session and serves the studio until interrupted. The history and the
// invitations live in `.refrain/` beside the song, so serving the same song again reopens them.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { openSong, SongError, type SongOptions } from "../server/open-song.ts";
import { StateError } from "../collab/state-error.ts";
import { isLiterate, unlit } from "../lex/literate.ts";
import { UsageError, option, parseArguments, wholeNumberOption } from "./arguments.ts";
import { liveTimeBudget, sessionOptions, songOptions } from "./song-options.ts";

const usage = "usage: refrain serve [FILE|DIR] [--port N] [--host H] [--allow-host NAME]... [-I DIR]... [--strategy need|name] [--budget N] [--memory MB]";

interface ServeArguments {
  readonly path: string;
  readonly port: number;
  /** The port was chosen by default: when it is taken, the next free one is used. */
  readonly defaultPort: boolean;
  readonly host: string;
  /** More names the studio answers to (a name of this machine others use to reach it). */
  readonly allowHosts: readonly string[];
  readonly session: SongOptions;
}

function parse(argv: string[]): ServeArguments {
  const args = parseArguments(argv, ["--port", "--host", "--allow-host", ...songOptions]);
  if (args.positional.length > 1) throw new UsageError(`one song at a time (got ${args.positional.join(" and ")})`);
  const port = wholeNumberOption(args, "--port", 8080);
  if (port > 65535) throw new UsageError("--port needs a port number (0-65535)");
  return { path: args.positional[0] ?? ".", port, defaultPort: !args.options.has("--port"), host: option(args, "--host") ?? "127.0.0.1", allowHosts: args.options.get("--allow-host") ?? [], session: { ...sessionOptions(args), timeBudget: liveTimeBudget } };
}

/** A folder's song: Main.hs (or Main.lhs), else the one file defining `main` at the start of a line. */
function songIn(path: string): string | string[] {
  if (!statSync(path).isDirectory()) return path;
  for (const name of ["Main.hs", "main.hs", "Main.lhs"]) if (existsSync(join(path, name))) return join(path, name);
  const candidates = readdirSync(path)
    .filter((name) => name.endsWith(".hs") || name.endsWith(".lhs"))
    .filter((name) => /^ ?main\s*(::|=)/m.test(codeOf(join(path, name))));
  return candidates.length === 1 ? join(path, candidates[0]) : candidates;
}

/** A file's code (a literate file's without its commentary). */
function codeOf(file: string): string {
  const text = readFileSync(file, "utf8");
  return isLiterate(file) ? unlit(text) : text;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(usage);
    return 0;
  }
  const parsed = parse(args);
  if (!existsSync(parsed.path)) {
    console.error(`refrain serve: ${parsed.path}: no such file or folder`);
    return 1;
  }
  const file = songIn(parsed.path);
  if (Array.isArray(file)) {
    const found = file.length === 0 ? "no .hs file defines main" : `several define main: ${file.join(", ")}`;
    console.error(`refrain serve: ${parsed.path}: which song? ${found}`);
    return 1;
  }
  // The song compiles in its worker thread while this thread loads the server and reads the studio's files.
  const opening = openSong(file, parsed.session);
  const [{ startStudioServer }, { studioAssets }] = await Promise.all([import("../server/server.ts"), import("../server/assets.ts")]);
  const assets = studioAssets();
  assets.catch(() => {}); // Its failure is reported by startStudioServer, unless the song fails first.
  let song;
  try {
    song = await opening;
  } catch (failure) {
    if (!(failure instanceof SongError)) throw failure;
    console.error(failure.report);
    return 1;
  }
  const state = join(dirname(file), ".refrain");
  const server = await startStudioServer({
    song, assets, title: basename(statSync(parsed.path).isDirectory() ? resolve(parsed.path) : file), host: parsed.host, port: parsed.port, state, allowHosts: parsed.allowHosts, nextPorts: parsed.defaultPort ? 20 : 0,
  }).catch(
    (failure: NodeJS.ErrnoException) => {
      if (failure instanceof StateError) console.error(`refrain serve: ${failure.message}`);
      else if (failure.code === "EADDRINUSE") console.error(`refrain serve: port ${parsed.port} on ${parsed.host} is in use by another program; choose another with --port N`);
      else console.error(`refrain serve: cannot listen on ${parsed.host}:${parsed.port}: ${failure.code ?? failure.message}`);
      return undefined;
    },
  );
  if (!server) {
    await song.close();
    return 1;
  }
  for (const notice of server.notices) console.error(`refrain serve: ${notice}`);
  if (server.port !== parsed.port && parsed.port !== 0) console.log(`Port ${parsed.port} is in use by another program, so the studio is on port ${server.port}.`);
  console.log(`Refrain studio: ${server.conductorUrl}`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await server.close();
  return 0;
}
