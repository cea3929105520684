// `refrain serve [FILE|DIR] [--port N] [--host H] [-I DIR]... [--strategy need|name]`:
// opens the song as a live session and serves the studio until interrupted. The history and the
// invitations live in `.refrain/` beside the song, so serving the same song again reopens them.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { openSong, SongError, type SessionOptions } from "../server/open-song.ts";
import { startStudioServer } from "../server/server.ts";

const usage = "usage: refrain serve [FILE|DIR] [--port N] [--host H] [-I DIR]... [--strategy need|name]";

interface ServeArguments {
  readonly path: string;
  readonly port: number;
  readonly host: string;
  readonly session: SessionOptions;
}

function parse(args: string[]): ServeArguments | string {
  let path: string | undefined;
  let port = 8080;
  let host = "127.0.0.1";
  const includeDirs: string[] = [];
  let strategy: "need" | "name" | undefined;
  for (let index = 0; index < args.length; index++) {
    const argument = args[index];
    const value = () => args[++index] ?? "";
    if (argument === "--port") {
      port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) return `--port needs a port number (0-65535)`;
    } else if (argument === "--host") {
      host = value();
      if (!host) return "--host needs a host name or address";
    } else if (argument === "-I") {
      includeDirs.push(value());
    } else if (argument === "--strategy") {
      const chosen = value();
      if (chosen !== "need" && chosen !== "name") return "--strategy is need or name";
      strategy = chosen;
    } else if (argument.startsWith("-")) {
      return `unknown option ${argument}`;
    } else if (path === undefined) {
      path = argument;
    } else {
      return `one song at a time (got ${path} and ${argument})`;
    }
  }
  return { path: path ?? ".", port, host, session: { includeDirs, ...(strategy ? { strategy } : {}) } };
}

/** A folder's song: Main.hs, else the one file defining `main` at the start of a line. */
function songIn(path: string): string | string[] {
  if (!statSync(path).isDirectory()) return path;
  for (const name of ["Main.hs", "main.hs"]) if (existsSync(join(path, name))) return join(path, name);
  const candidates = readdirSync(path)
    .filter((name) => name.endsWith(".hs"))
    .filter((name) => /^main\s*(::|=)/m.test(readFileSync(join(path, name), "utf8")));
  return candidates.length === 1 ? join(path, candidates[0]) : candidates;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(usage);
    return 0;
  }
  const parsed = parse(args);
  if (typeof parsed === "string") {
    console.error(`refrain serve: ${parsed}\n${usage}`);
    return 2;
  }
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
  let song;
  try {
    song = openSong(file, parsed.session);
  } catch (failure) {
    if (!(failure instanceof SongError)) throw failure;
    console.error(failure.report);
    return 1;
  }
  const state = join(dirname(file), ".refrain");
  const server = await startStudioServer({ song, title: basename(file), host: parsed.host, port: parsed.port, state }).catch(
    (failure: NodeJS.ErrnoException) => {
      console.error(`refrain serve: cannot listen on ${parsed.host}:${parsed.port}: ${failure.code ?? failure.message}`);
      return undefined;
    },
  );
  if (!server) return 1;
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
