// The conductor's Players dialog: invitation links (with QR codes for phones) per participant or
// module, revoking them, locking modules, and the history of every submission with diffs between
// versions and a Restore button. Everything participants wrote is shown as text.

import type { ClientMessage, EntryState, EntrySummary, InvitationState } from "../server/protocol.ts";
import { lineDiff } from "./line-diff.ts";
import { qrMatrix, qrPath } from "./qr-code.ts";
import { element } from "./dom.ts";

const svgSpace = "http://www.w3.org/2000/svg";

function button(label: string, action: () => void): HTMLButtonElement {
  const made = element("button", label);
  made.type = "button";
  made.addEventListener("click", action);
  return made;
}

function qrCode(link: string, name: string): SVGSVGElement {
  const matrix = qrMatrix(link);
  const svg = document.createElementNS(svgSpace, "svg");
  svg.setAttribute("viewBox", `0 0 ${matrix.length + 8} ${matrix.length + 8}`);
  svg.setAttribute("class", "qr");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `QR code of ${name}'s link`);
  const background = document.createElementNS(svgSpace, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#fff");
  const path = document.createElementNS(svgSpace, "path");
  path.setAttribute("d", qrPath(matrix));
  path.setAttribute("fill", "#000");
  svg.append(background, path);
  return svg;
}

/** Who made a history entry, in plain words (the song's file when it was read at the start). */
function whoWords(who: string): string {
  return who === "disk" ? "the file" : who;
}

/** A history entry's outcome in plain words. */
function outcomeWords(outcome: string): string {
  const words: Record<string, string> = { loaded: "read at the start", conflict: "conflict (changed meanwhile)", limited: "refused (a limit)" };
  return words[outcome] ?? outcome;
}

export class EnsemblePanel {
  private modules: string[] = [];
  private locked: readonly string[] = [];
  private entries: EntrySummary[] = [];
  private readonly texts = new Map<number, EntryState>();
  private diffWanted: [number, number | undefined] | undefined;

  constructor(private readonly root: HTMLElement, private readonly send: (message: ClientMessage) => void) {
    const form = root.querySelector<HTMLFormElement>("#invite-form")!;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const name = (form.elements.namedItem("name") as HTMLInputElement).value;
      const modules = [...form.querySelectorAll<HTMLInputElement>("input[name=module]:checked")].map((box) => box.value);
      const hint = root.querySelector<HTMLElement>("#invite-hint")!;
      hint.hidden = modules.length > 0;
      if (modules.length === 0) return;
      this.send({ type: "invite", name, modules });
      form.reset();
    });
    // Links to 127.0.0.1 or localhost open only on this machine: say so where links are made.
    const host = location.hostname;
    if (host === "localhost" || host === "::1" || host === "[::1]" || host.startsWith("127.")) {
      root.querySelector<HTMLElement>("#reach-hint")!.hidden = false;
      root.querySelector("#reach-host")!.textContent = location.host;
    }
    root.querySelector("#history-refresh")!.addEventListener("click", () => this.send({ type: "history" }));
  }

  setModules(modules: readonly string[], locked: readonly string[]): void {
    this.modules = [...modules];
    this.setLocked(locked);
    const choices = this.root.querySelector("#invite-modules")!;
    choices.replaceChildren(...this.modules.map((name) => {
      const label = element("label", "", "choice");
      const box = element("input");
      box.type = "checkbox";
      box.name = "module";
      box.value = name;
      label.append(box, ` ${name}`);
      return label;
    }));
  }

  setLocked(locked: readonly string[]): void {
    this.locked = locked;
    const list = this.root.querySelector("#locks")!;
    list.replaceChildren(...this.modules.map((name) => {
      const label = element("label", "", "choice");
      const box = element("input");
      box.type = "checkbox";
      box.checked = locked.includes(name);
      box.addEventListener("change", () => this.send({ type: "lock", module: name, locked: box.checked }));
      label.append(box, ` Lock ${name}`);
      return label;
    }));
  }

  setInvitations(invitations: readonly InvitationState[]): void {
    const list = this.root.querySelector("#invitations")!;
    list.replaceChildren(...invitations.filter((invitation) => !invitation.revoked).map((invitation) => {
      const item = element("li", "", "invitation");
      const text = element("div");
      text.append(element("strong", invitation.name), element("span", ` edits ${invitation.modules.join(", ")}`));
      const link = element("a", invitation.link, "link");
      link.href = invitation.link;
      link.target = "_blank";
      link.rel = "noreferrer";
      text.append(element("br"), link, element("br"));
      text.append(button("Copy link", () => void navigator.clipboard?.writeText(invitation.link)),
        button(`Revoke ${invitation.name}`, () => this.send({ type: "revoke", invitation: invitation.id })));
      item.append(qrCode(invitation.link, invitation.name), text);
      return item;
    }));
  }

  setHistory(entries: readonly EntrySummary[]): void {
    this.entries = [...entries];
    this.renderHistory();
  }

  recorded(entry: EntrySummary): void {
    this.entries.push(entry);
    this.renderHistory();
  }

  /** A full entry arrived: shows the diff it was fetched for. */
  entry(entry: EntryState): void {
    this.texts.set(entry.sequence, entry);
    const wanted = this.diffWanted;
    if (!wanted || !wanted.every((sequence) => sequence === undefined || this.texts.has(sequence))) return;
    const after = this.texts.get(wanted[0])!;
    const before = wanted[1] === undefined ? undefined : this.texts.get(wanted[1]);
    this.diffWanted = undefined;
    const view = this.root.querySelector("#history-diff")!;
    const title = `#${after.sequence} ${after.module} by ${after.who} (${after.outcome})` + (before ? ` against version ${before.version}` : "");
    const lines = lineDiff(before?.text ?? "", after.text).map((line) =>
      element("span", `${line.kind === "added" ? "+" : line.kind === "removed" ? "-" : " "} ${line.text}\n`, `diff-${line.kind}`));
    view.replaceChildren(element("strong", `${title}\n`), ...lines);
  }

  private showDiff(entry: EntrySummary): void {
    const previousVersion = entry.base ?? (entry.outcome === "loaded" ? undefined : entry.version - 1);
    const previous = [...this.entries].reverse().find((other) => other.sequence < entry.sequence && other.module === entry.module &&
      other.version === previousVersion && ["loaded", "applied", "restored", "rolled back"].includes(other.outcome));
    this.diffWanted = [entry.sequence, previous?.sequence];
    for (const sequence of this.diffWanted) {
      if (sequence !== undefined && !this.texts.has(sequence)) this.send({ type: "entry", sequence });
    }
    if (this.texts.has(entry.sequence) && (!previous || this.texts.has(previous.sequence))) this.entry(this.texts.get(entry.sequence)!);
  }

  private renderHistory(): void {
    const body = this.root.querySelector("#history-rows")!;
    body.replaceChildren(...this.entries.slice(-200).reverse().map((entry) => {
      const row = element("tr", "", `outcome-${entry.outcome.replace(" ", "-")}`);
      const time = new Date(entry.time).toLocaleTimeString();
      for (const cell of [`${entry.sequence}`, time, whoWords(entry.who), entry.module, outcomeWords(entry.outcome), `${entry.version}`]) row.append(element("td", cell));
      const problems = element("td", (entry.problems ?? []).map((problem) => problem.split("\n")[0]).join("\n"), "problems");
      const actions = element("td", "", "history-actions");
      actions.append(button(`Diff #${entry.sequence}`, () => this.showDiff(entry)),
        button(`Restore #${entry.sequence}`, () => this.send({ type: "restore", sequence: entry.sequence })));
      row.append(problems, actions);
      return row;
    }));
  }
}
