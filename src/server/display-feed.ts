// What the browsers display of the running song: the current term (with the subterm being
// reduced) and the song's controls, refreshed at most ten times a second, only on change and
// only while someone watches, so watching never costs the interpreter more than a few percent.
// A browser may see the term deeper: it is printed once per depth in use, not once per browser.
// The term is printed where the song runs (asynchronously); one refresh runs at a time.

import { defaultTermLimits, type TermLimits } from "../show/limits.ts";
import { limits, partsKey, type ControlState, type ServerMessage, type TermState } from "./protocol.ts";
import type { Song } from "./song.ts";

const interval = 100;
const initialDepth = limits.termDepth.initial;

/** Printing `depth` deep: lists as much wider and the text as much longer as the term is deeper. */
function termLimits(depth: number): TermLimits {
  const scale = Math.max(1, depth / defaultTermLimits.depth);
  return { depth, width: Math.round(defaultTermLimits.width * scale), length: Math.round(defaultTermLimits.length * scale) };
}

function sameTerm(one: TermState, other: TermState): boolean {
  return one.text === other.text && one.focus?.start === other.focus?.start && one.focus?.end === other.focus?.end
    && partsKey(one) === partsKey(other);
}

export class DisplayFeed<Viewer> {
  /** Viewers that asked for another depth than the initial one. */
  private readonly depths = new Map<Viewer, number>();
  /** The term as last printed, for each depth in use. */
  private terms = new Map<number, TermState>();
  /** Viewers owed their term even if it did not change (they changed depth). */
  private readonly owed = new Set<Viewer>();
  private controlsShown = "";
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<void> | undefined;
  /** A refresh was asked for while one was running. */
  private again = false;

  constructor(
    private readonly song: Song,
    private readonly publish: (message: ServerMessage, viewers: Iterable<Viewer>) => void,
    private readonly viewers: () => ReadonlySet<Viewer>,
  ) {}

  /** The term at the initial depth as last printed, for a newcomer (who is owed the next one). */
  welcome(viewer: Viewer): TermState {
    this.owed.add(viewer);
    return this.terms.get(initialDepth) ?? { text: "", focus: undefined };
  }

  controls(): ControlState[] {
    return this.song.controls();
  }

  /** `viewer` sees the term `depth` deep from the next display slot on. */
  setDepth(viewer: Viewer, depth: number): void {
    if (depth === initialDepth) this.depths.delete(viewer);
    else this.depths.set(viewer, depth);
    this.owed.add(viewer);
    this.schedule();
  }

  /** The viewer left. */
  forget(viewer: Viewer): void {
    this.depths.delete(viewer);
    this.owed.delete(viewer);
  }

  /** The song moved on or changed: refresh at the next display slot (if anyone watches). */
  changed(): void {
    if (this.viewers().size > 0) this.schedule();
  }

  /** Refresh and publish what changed right away (after a step or an edit, or for a newcomer); resolves when sent. */
  now(): Promise<void> {
    const controls = JSON.stringify(this.controls());
    if (controls !== this.controlsShown) {
      this.controlsShown = controls;
      this.publish({ type: "controls", controls: this.controls() }, this.viewers());
    }
    return this.refresh();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.now();
    }, interval);
  }

  /** Prints the terms again; asked while printing, once more after (one refresh at a time). */
  private refresh(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.again = false;
        await this.refreshTerms();
      } while (this.again);
      this.refreshing = undefined;
    })();
    return this.refreshing;
  }

  /** Prints the term once per depth in use and sends it to the viewers at that depth who need it. */
  private async refreshTerms(): Promise<void> {
    const owed = new Set(this.owed);
    this.owed.clear();
    const audiences = new Map<number, Viewer[]>();
    for (const viewer of this.viewers()) {
      const depth = this.depths.get(viewer) ?? initialDepth;
      const audience = audiences.get(depth);
      if (audience) audience.push(viewer);
      else audiences.set(depth, [viewer]);
    }
    const terms = new Map<number, TermState>();
    for (const [depth, audience] of audiences) {
      const term = await this.print(depth);
      terms.set(depth, term);
      const previous = this.terms.get(depth);
      const watching = this.viewers();
      const told = (previous && sameTerm(previous, term) ? audience.filter((viewer) => owed.has(viewer)) : audience).filter((viewer) => watching.has(viewer));
      if (told.length > 0) this.publish({ type: "term", term }, told);
    }
    this.terms = terms;
  }

  private async print(depth: number): Promise<TermState> {
    try {
      const printed = await this.song.printedTerm(termLimits(depth));
      return { text: printed.text, focus: printed.focus && { start: printed.focus.start, end: printed.focus.end }, ...(printed.parts?.length ? { parts: printed.parts } : {}) };
    } catch (failure) {
      return { text: `(the term cannot be shown: ${failure instanceof Error ? failure.message : String(failure)})`, focus: undefined };
    }
  }
}
