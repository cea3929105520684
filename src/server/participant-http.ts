// The participant's page over plain HTTP: GET /edit?token=T[&module=M] shows the module page,
// POST /edit (a form: token, module, base, region) submits the region and answers with the page
// and the submission's result. A missing, forged or revoked token gets a refusal page.

import type { IncomingMessage, ServerResponse } from "node:http";
import type { Access } from "../collab/access.ts";
import type { Verdict } from "../collab/edit-desk.ts";
import { splitModule } from "../collab/marker.ts";
import { participantPage, refusedPage, type PageResult } from "./participant-page.ts";
import { securityHeaders } from "./assets.ts";
import type { PathHider } from "./public-paths.ts";
import type { Song } from "./song.ts";
import type { Studio } from "./studio.ts";

export interface ParticipantHttpOptions {
  readonly studio: Studio;
  readonly song: Song;
  readonly access: Access;
  readonly title: string;
  /** Larger request bodies are refused. */
  readonly bodyBytes: number;
  /** Hides the server's own paths in a page. */
  readonly hide: PathHider;
}

function replyWith(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...securityHeaders }).end(html);
}

function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    request.on("data", (part: Buffer) => {
      size += part.length;
      if (size <= limit) parts.push(part);
    });
    request.on("end", () => resolve(size <= limit ? Buffer.concat(parts).toString("utf8") : undefined));
    request.on("error", reject);
  });
}

/** Line and column (from 1) of an offset in `text`. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `line ${line}, column ${offset - before.lastIndexOf("\n")}`;
}

function pageResult(verdict: Verdict): PageResult {
  const positioned = verdict.diagnostics.filter((diagnostic) => diagnostic.severity === "error")
    .map((diagnostic) => `${position(verdict.text, diagnostic.span.start)}: ${diagnostic.message}`);
  const problems = positioned.length > 0 ? positioned : [...(verdict.entry.problems ?? [])];
  return { outcome: verdict.outcome, problems, ...(verdict.current ? { current: verdict.current.text } : {}) };
}

export function participantHandler(options: ParticipantHttpOptions) {
  const { studio, song, access } = options;
  const reply = (response: ServerResponse, status: number, html: string) => replyWith(response, status, options.hide(html));
  const page = (token: string, moduleName: string | null, region?: string, result?: PageResult): string | undefined => {
    const role = access.roleOf(token);
    if (role.kind !== "participant") return undefined;
    const names = role.invitation.modules.filter((name) => studio.mayEdit(role, name));
    const module = song.modules().find((candidate) => candidate.name === (moduleName ?? names[0]) && names.includes(candidate.name));
    if (!module) return undefined;
    return participantPage({
      song: options.title,
      name: role.invitation.name,
      token,
      modules: names,
      module: { name: module.name, text: module.text, version: studio.version(module.name), locked: access.isLocked(module.name) },
      region,
      result,
    });
  };
  const invalid = "This link is not valid, or the conductor revoked it. Ask the conductor for a new one.";

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? "/", "http://studio");
    if (request.method === "GET" || request.method === "HEAD") {
      const html = page(url.searchParams.get("token") ?? "", url.searchParams.get("module"));
      return reply(response, html ? 200 : 403, html ?? refusedPage(invalid));
    }
    if (request.method !== "POST") return reply(response, 405, refusedPage("Only GET and POST."));
    const body = await readBody(request, options.bodyBytes);
    if (body === undefined) return reply(response, 413, refusedPage("The submission is too large."));
    const form = new URLSearchParams(body);
    const token = form.get("token") ?? "";
    const role = access.roleOf(token);
    const moduleName = form.get("module") ?? "";
    const region = (form.get("region") ?? "").replace(/\r\n/g, "\n");
    const base = Number(form.get("base"));
    if (role.kind !== "participant") return reply(response, 403, refusedPage(invalid));
    const verdict = await studio.submit(role, { module: moduleName, base: Number.isInteger(base) ? base : undefined, text: region, part: "region" });
    if (typeof verdict === "string") return reply(response, 403, page(token, moduleName) ?? refusedPage(verdict));
    const applied = verdict.outcome === "applied";
    const kept = applied ? undefined : region;
    const current = song.modules().find((module) => module.name === moduleName);
    const html = page(token, moduleName, kept ?? (current && splitModule(current.text).region), pageResult(verdict));
    reply(response, applied ? 200 : 422, html ?? refusedPage(invalid));
  };
}
