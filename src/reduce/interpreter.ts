// The current term and its unfolding: walks the list `main` one element at a time, evaluating
// each element fully, within a step budget — with the compiled path when running freely, on the
// machine (resumable after any single reduction) when stepping or when the compiled path hands
// back — and renews the term when the collector starts promoting the lists it consumes.

import { CONS, NIL } from "../core/builtins.ts";
import { Apply, Delay, Global, type GlobalCell } from "../core/term.ts";
import type { Span } from "../text/index.ts";
import { RuntimeError } from "./errors.ts";
import { Machine, PAUSED, type Strategy } from "./machine.ts";
import { Data, Thunk, fieldOf, nullary } from "./values.ts";
import { renewTerm } from "./renewal.ts";
import { dropSharedConstants, sharedConstants, sharedCopied, staleHead, sweepConstants } from "./constants.ts";
import { HANDED_BACK, OUT_OF_BUDGET, compiledPathAvailable, nextCellCompiled } from "./compiled/index.ts";

export interface InterpreterOptions {
  strategy?: Strategy;
  /** Reductions allowed for one element before evaluation stops as runaway (default 10 million). */
  stepBudget?: number;
  /** Milliseconds of computing allowed for one element, for live playback (default: no limit, so files come out the same on any machine). */
  timeBudget?: number;
  /** Record call sites and rules unfolded for each element (for highlighting). */
  trail?: boolean;
  /** Run freely with code generated from the program (default true); false keeps to the machine. */
  compiled?: boolean;
  /** Elements between considering a renewal of the term (default 4,000; see renewal.ts). */
  renewalInterval?: number;
  /**
   * Bytes in the collector's old generation, where the platform can tell. Given, the term is
   * renewed only when that grows fast (consumed lists being promoted); else at every interval.
   */
  oldGeneration?: () => number;
  /** The memory the song may use, and how to see it (where the platform can): past it, the song stops. */
  memory?: MemoryWatch;
}

/** The one rule that bounds a song's term: the memory in use (see docs/language.md, "Bounded memory"). */
export interface MemoryWatch {
  /** Bytes of heap the running term may fill. */
  readonly limit: number;
  /** Bytes of heap in use now (garbage included). */
  readonly inUse: () => number;
  /** A full collection (made only when the limit seems passed). */
  readonly collect: () => void;
}

/** What `advance` returns when the list has ended. */
export const END: unique symbol = Symbol("the end of the list");

/** Where the interpreter is within the current element. */
type Phase = "idle" | "spine" | "element";

const noPlace: Span = { file: "", start: 0, end: 0 };

/** The trail of an element when none is recorded. */
const nothingReduced: readonly Span[] = Object.freeze([]);

/**
 * Elements between considering a renewal; growth of the old generation within them that calls
 * for one (promoting a list as it is consumed adds about a kilobyte per element); the most
 * objects a renewal copies.
 */
const RENEWAL_INTERVAL = 4_000, RENEWAL_GROWTH = 1_000_000, RENEWAL_LIMIT = 50_000;

/** Elements between sweeps of the shared constants: one not used in that many is dropped. */
const SWEEP_INTERVAL = 4_096;

export class Interpreter {
  readonly machine: Machine;
  readonly stepBudget: number;
  /** The rest of the list still to be played (a thunk or an evaluated cell). */
  root: unknown;
  /** Whether the term is `main` as it starts, nothing of it evaluated yet (after a start or Restart). */
  atStart = true;
  /** The call sites and rules unfolded for the element `advance` returned last (when recording a trail). */
  reduced: readonly Span[] = nothingReduced;
  private phase: Phase = "idle";
  private elementStart = 0;
  private pendingTail: unknown = undefined;
  private readonly recordTrail: boolean;
  /** Whether elements are evaluated by the compiled path when running freely (it shares, as call-by-need does). */
  private readonly compiles: boolean;
  /** The node the current phase evaluates, until the machine takes it over. */
  private phaseNode: unknown = undefined;
  private machineStarted = false;
  /** Elements played since a renewal was last considered, and how many between considerations. */
  private elementsSinceRenewal = 0;
  /** Elements since shared constants were last swept (see constants.ts). */
  private elementsSinceSweep = 0;
  private renewalInterval: number;
  private readonly oldGeneration: (() => number) | undefined;
  private readonly memory: MemoryWatch | undefined;
  private oldGenerationBefore: number | undefined = undefined;

  /**
   * `runner()`, asked at each start, is the function that turns `main` into its list of
   * elements when `main` is not one (an action, a constant), else undefined.
   */
  constructor(private readonly mainCell: GlobalCell, options: InterpreterOptions = {}, private readonly runner: () => GlobalCell | undefined = () => undefined) {
    this.memory = options.memory;
    this.machine = new Machine({ strategy: options.strategy, checkpoint: this.memory && (() => this.checkMemory()), timeBudget: options.timeBudget });
    this.stepBudget = options.stepBudget ?? 10_000_000;
    this.recordTrail = options.trail ?? false;
    this.compiles = (options.compiled ?? true) && this.machine.sharing;
    this.renewalInterval = options.renewalInterval ?? RENEWAL_INTERVAL;
    this.oldGeneration = options.oldGeneration;
    this.root = this.mainTerm();
  }

  private mainTerm(): Thunk {
    const definition = this.mainCell.definition, span = definition?.span ?? noPlace, runner = this.runner();
    // An action runs from main's own code, not from its value shared as a constant: once run, the
    // action (and what its closures hold, such as a performance being played) is let go.
    if (runner && definition) {
      const action = new Delay(definition.lambda.body, [], [], definition.lambda.slots);
      return new Thunk(new Apply(new Global(runner, span), [action], span), undefined);
    }
    return new Thunk(new Global(this.mainCell, span), undefined);
  }

  /** The term becomes `main` again. */
  restart(): void {
    this.replaceTerm(this.mainTerm());
    this.atStart = true;
  }

  /** Any list-valued node becomes the current term ("play term"). */
  replaceTerm(node: unknown): void {
    this.machine.abandon();
    this.phase = "idle";
    this.root = node;
    this.atStart = false;
  }

  /**
   * The next element of the list, fully evaluated (a value, never undefined), or END; or PAUSED
   * after `reductions` reductions if the element is not finished by then (`machine.lastRule`
   * fired last).
   */
  advance(reductions: number): unknown {
    const machine = this.machine;
    this.atStart = false;
    try {
      if (this.phase === "idle") {
        if (++this.elementsSinceRenewal >= this.renewalInterval) this.considerRenewal();
        if (++this.elementsSinceSweep >= SWEEP_INTERVAL) {
          this.elementsSinceSweep = 0;
          sweepConstants(this.mainCell.sharing);
          if (this.memory) this.checkMemory();
        }
        // Between elements the machine records no trail (see keepTrail).
        if (this.recordTrail) machine.trail = [];
        // Running freely: the next cell and its element in one compiled run.
        if (reductions === Infinity && this.compiles && compiledPathAvailable()) {
          const cell = nextCellCompiled(machine, this.root, this.stepBudget);
          if (cell instanceof Data && cell.con === CONS && staleHead(cell, this.mainCell.sharing) === undefined) return this.stepPast(cell);
          if (cell === OUT_OF_BUDGET) throw new RuntimeError("step budget exceeded", undefined, "budget").withRule(machine.lastRule);
          // Else the end, or a loop to start over (then the machine goes on from the new term).
          if (cell !== HANDED_BACK) {
            const done = this.reached(cell);
            if (done !== undefined) return done;
          }
        }
        // The compiled path counts nothing when it hands back: the element starts here on the machine.
        this.elementStart = machine.steps;
        this.beginPhase("spine", this.root);
      }
      const pauseAt = machine.steps + reductions;
      for (;;) {
        const result = this.evaluate(pauseAt);
        if (result === PAUSED) return PAUSED;
        if (this.phase === "element") return this.finishElement(result);
        const done = this.reached(result);
        if (done !== undefined) return done;
      }
    } catch (problem) {
      this.phase = "idle";
      this.pendingTail = undefined;
      machine.trail = undefined;
      if (problem instanceof RuntimeError && problem.kind === "memory") this.dropTerm();
      throw problem;
    }
  }

  /** Stops a song whose term has grown past the memory limit. */
  private checkMemory(): void {
    const memory = this.memory!;
    if (memory.inUse() <= memory.limit) return;
    memory.collect();
    if (memory.inUse() <= memory.limit) return;
    const megabytes = Math.round(memory.limit / 2 ** 20).toLocaleString("en-US");
    throw new RuntimeError(`the running term has grown past ${megabytes} MB of memory`, undefined, "memory")
      .withRule(this.machine.lastRule);
  }

  /** The term that grew too large is let go (and the constants shared so far with it): the music has ended. */
  private dropTerm(): void {
    this.root = nullary(NIL);
    dropSharedConstants(this.mainCell.sharing);
  }

  /**
   * The list's next cell is reached on the machine (or the compiled path found no cell): END, or
   * its element — finished when already fully evaluated, else evaluated next (then undefined is returned).
   */
  private reached(cell: unknown): unknown {
    const restart = staleHead(cell, this.mainCell.sharing);
    if (restart !== undefined) {
      // The music is back at the start of a constant's list whose loop was tied under an older program: it unfolds anew.
      this.root = new Thunk(new Global(restart, restart.definition?.span ?? noPlace), undefined);
      this.beginPhase("spine", this.root);
      return undefined;
    }
    if (cell instanceof Data && cell.con === NIL) {
      this.phase = "idle";
      return END;
    }
    if (!(cell instanceof Data) || cell.con !== CONS) {
      throw new RuntimeError("`main` must be a list of elements (Wait, Event, Say) or an action (`IO`)", undefined);
    }
    this.root = cell;
    this.pendingTail = cell.f1;
    const head = cell.f0;
    if (isNormal(head, 4)) return this.finishElement(head);
    this.beginPhase("element", head);
    return undefined;
  }

  /**
   * Continues from a fresh copy of the term (and of the constants' shared values), so that objects the collector has moved to its old
   * generation are never updated again (see renewal.ts) — when the old generation grows fast,
   * or, where that cannot be seen, every interval. A term too large to copy is renewed less and
   * less often.
   */
  private considerRenewal(): void {
    this.elementsSinceRenewal = 0;
    if (this.oldGeneration !== undefined) {
      const size = this.oldGeneration(), before = this.oldGenerationBefore;
      this.oldGenerationBefore = size;
      if (before === undefined || size - before < RENEWAL_GROWTH) return;
    }
    const shared = sharedConstants(this.mainCell.sharing);
    const copies = renewTerm([this.root, ...shared.map(([, thunk]) => thunk)], RENEWAL_LIMIT);
    if (copies === undefined) {
      this.renewalInterval *= 2;
      return;
    }
    this.root = copies[0];
    shared.forEach(([cell], index) => sharedCopied(cell, copies[index + 1] as Thunk));
  }

  /** Starts evaluating the list's next cell ("spine") or an element fully ("element"). */
  private beginPhase(phase: "spine" | "element", node: unknown): void {
    this.phase = phase;
    this.phaseNode = node;
    this.machineStarted = false;
  }

  /** Evaluates the current phase's node on the machine, within the element's step budget. */
  private evaluate(pauseAt: number): unknown {
    const machine = this.machine;
    if (!this.machineStarted) {
      if (this.phase === "element") machine.beginNormalize(this.phaseNode);
      else machine.begin(this.phaseNode);
      this.machineStarted = true;
      this.phaseNode = undefined;
    }
    return machine.run(this.stepBudget - (machine.steps - this.elementStart), pauseAt - machine.steps);
  }

  /**
   * Past a cell whose element is fully evaluated, with one write of the term: the interpreter
   * lives long, so each write of a new node into it costs the collector a remembered slot.
   */
  private stepPast(cell: Data): unknown {
    this.keepTrail();
    this.root = cell.f1;
    return cell.f0;
  }

  private finishElement(value: unknown): unknown {
    this.keepTrail();
    this.root = this.pendingTail;
    this.pendingTail = undefined;
    this.phase = "idle";
    return value;
  }

  /** The element's trail becomes `reduced`; the machine records none until the next element. */
  private keepTrail(): void {
    this.reduced = this.machine.trail ?? nothingReduced;
    this.machine.trail = undefined;
  }
}

/** True when a value is already fully evaluated (looking at most `depth` levels deep). */
function isNormal(node: unknown, depth: number): boolean {
  if (node instanceof Thunk) return false;
  if (!(node instanceof Data)) return true;
  const arity = node.con.arity;
  if (depth === 0) return arity === 0;
  for (let index = 0; index < arity; index++) if (!isNormal(fieldOf(node, index), depth - 1)) return false;
  return true;
}
