// What the browsers display of the running song: the current term (with the subterm being
// reduced) and the song's controls, refreshed at most ten times a second, only on change and
// only while someone watches, so watching never costs the interpreter more than a few percent.

import type { ControlState, ServerMessage, TermState } from "./protocol.ts";
import type { Song } from "./song.ts";

const interval = 100;

export class DisplayFeed {
  private term: TermState = { text: "", focus: undefined };
  private controlsShown = "";
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly song: Song,
    private readonly publish: (message: ServerMessage) => void,
    private readonly watched: () => boolean,
  ) {}

  /** The term as last printed. */
  latestTerm(): TermState {
    return this.term;
  }

  controls(): ControlState[] {
    return this.song.controls();
  }

  /** The song moved on or changed: refresh at the next display slot (if anyone watches). */
  changed(): void {
    if (!this.watched()) return;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.now();
    }, interval);
  }

  /** Refresh and publish what changed right away (after a step or an edit, or for a newcomer). */
  now(): void {
    const { term, controls } = this.refresh();
    if (term) this.publish({ type: "term", term: this.term });
    if (controls) this.publish({ type: "controls", controls: this.controls() });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private refresh(): { term: boolean; controls: boolean } {
    let term: TermState;
    try {
      const printed = this.song.printedTerm();
      term = { text: printed.text, focus: printed.focus && { start: printed.focus.start, end: printed.focus.end } };
    } catch (failure) {
      term = { text: `(the term cannot be shown: ${failure instanceof Error ? failure.message : String(failure)})`, focus: undefined };
    }
    const termChanged = term.text !== this.term.text || term.focus?.start !== this.term.focus?.start || term.focus?.end !== this.term.focus?.end;
    this.term = term;
    const controls = JSON.stringify(this.controls());
    const controlsChanged = controls !== this.controlsShown;
    this.controlsShown = controls;
    return { term: termChanged, controls: controlsChanged };
  }
}
