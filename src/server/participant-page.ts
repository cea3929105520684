// The participant's module page as plain HTML, rendered on the server so that it works without
// JavaScript: the fixed header above the marker, a form with the editable region, and the result
// of the last submission. Every piece of text is escaped: participants' text stays text.

import { splitModule } from "../collab/marker.ts";

export interface PageModule {
  readonly name: string;
  readonly text: string;
  readonly version: number;
  readonly locked: boolean;
}

/** What came of the submission this page answers (absent on a plain visit). */
export interface PageResult {
  readonly outcome: string;
  /** One line per problem, positioned as `line:column`. */
  readonly problems: readonly string[];
  /** A conflict: the module as it is now. */
  readonly current?: string;
}

export interface PageContent {
  readonly song: string;
  readonly name: string;
  readonly token: string;
  readonly modules: readonly string[];
  readonly module: PageModule;
  /** The region shown in the form: the participant's own text after a refusal, else the module's. */
  readonly region?: string;
  readonly result?: PageResult;
}

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character]);
}

function document(title: string, body: string): string {
  return `<!doctype html>
<html lang="en" data-theme="dark">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/participant.css">
<script type="module" src="/assets/participant.js"></script>
</head>
<body>
${body}
</body>
</html>
`;
}

const headlines: Record<string, string> = {
  applied: "Applied: your part is playing.",
  refused: "Not applied: the music goes on unchanged. Fix the problems and submit again.",
  conflict: "Not applied: someone changed this module while you edited it. Both versions are below; your text is kept.",
  limited: "Not applied: a limit was reached.",
};

function resultSection(result: PageResult | undefined): string {
  if (!result) return `<section id="result" class="result" role="status" aria-live="polite"></section>`;
  const problems = result.problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join("");
  const current = result.current === undefined ? "" :
    `<h3>The module as it is now</h3><pre class="current" aria-label="Current version">${escapeHtml(result.current)}</pre>`;
  return `<section id="result" class="result ${escapeHtml(result.outcome)}" role="status" aria-live="polite" data-outcome="${escapeHtml(result.outcome)}">
<p>${escapeHtml(headlines[result.outcome] ?? result.outcome)}</p>${problems ? `<ul class="problems">${problems}</ul>` : ""}${current}</section>`;
}

function moduleLinks(content: PageContent): string {
  if (content.modules.length < 2) return "";
  const links = content.modules.map((name) => {
    const href = `/edit?token=${encodeURIComponent(content.token)}&module=${encodeURIComponent(name)}`;
    const current = name === content.module.name ? ` aria-current="page"` : "";
    return `<a href="${escapeHtml(href)}"${current}>${escapeHtml(name)}</a>`;
  });
  return `<nav class="modules" aria-label="Your modules">${links.join(" ")}</nav>`;
}

export function participantPage(content: PageContent): string {
  const { module } = content;
  const { header, region } = splitModule(module.text);
  const locked = module.locked ? `<p class="locked">The conductor has locked this module for now.</p>` : "";
  const body = `<header class="topbar"><span class="name">Refrain</span> <span class="song">${escapeHtml(content.song)}</span>
<span class="who">You are <strong>${escapeHtml(content.name)}</strong></span></header>
${moduleLinks(content)}
<main class="participant" data-module="${escapeHtml(module.name)}">
${resultSection(content.result)}
${locked}
<form id="submission" method="post" action="/edit">
<input type="hidden" name="token" value="${escapeHtml(content.token)}">
<input type="hidden" name="module" value="${escapeHtml(module.name)}">
<input type="hidden" name="base" value="${module.version}">
<h2>Module ${escapeHtml(module.name)} <span class="version">version ${module.version}</span></h2>
<pre id="header" class="header" aria-label="Fixed part of ${escapeHtml(module.name)}">${escapeHtml(header)}</pre>
<label for="region" class="region-label">Your part (below the marker line)</label>
<textarea id="region" name="region" rows="18" spellcheck="false" autocapitalize="off" autocomplete="off">
${escapeHtml(content.region ?? region)}</textarea>
<p><button type="submit" class="accent">Submit</button></p>
</form>
<section id="live" class="live" hidden>
<h2>Current term</h2><pre id="term" class="term" aria-label="Current term"></pre>
<h2>Events of your module</h2><ol id="event-log" class="event-log" aria-label="Events"></ol>
</section>
</main>`;
  return document(`${module.name} · ${content.song} · Refrain`, body);
}

/** The page for a link that is not (or no longer) valid. */
export function refusedPage(message: string): string {
  return document("Refrain", `<main class="participant"><h1>Refrain</h1><p class="refused">${escapeHtml(message)}</p></main>`);
}
