// Local variables during desugaring: frames (one per lambda or function body) hand out slots,
// scopes map binders to slots; a variable becomes (frames crossed, slot) in the core term.

import { Local, type Owner } from "../core/term.ts";
import type { Binder } from "../resolve/tree.ts";

/** The frame of one function body: slot 0 is the parent frame, parameters follow. */
export class FrameLayout {
  size = 1;
  /** The named function whose body this frame is, if any. */
  owner: Owner | undefined;
  allocate(): number {
    return this.size++;
  }
}

export class LocalScope {
  private readonly slots = new Map<Binder, number>();

  constructor(readonly parent: LocalScope | undefined, readonly frame: FrameLayout) {}

  /** A scope in a new frame (a lambda or a local function). */
  static function(parent: LocalScope | undefined): LocalScope {
    return new LocalScope(parent, new FrameLayout());
  }

  /** A nested scope in the same frame (let, where, case alternative, pattern variables). */
  nested(): LocalScope {
    return new LocalScope(this, this.frame);
  }

  bind(binder: Binder, slot: number): void {
    this.slots.set(binder, slot);
  }

  /** Allocates a slot in this scope's frame and binds the binder to it. */
  declare(binder: Binder): number {
    const slot = this.frame.allocate();
    this.slots.set(binder, slot);
    return slot;
  }

  lookup(binder: Binder): Local | undefined {
    let depth = 0;
    for (let scope: LocalScope | undefined = this; scope !== undefined; scope = scope.parent) {
      const slot = scope.slots.get(binder);
      if (slot !== undefined) return new Local(depth, slot, binder.name);
      if (scope.parent !== undefined && scope.parent.frame !== scope.frame) depth++;
    }
    return undefined;
  }
}

/** A local variable of the current frame (depth 0). */
export function slotLocal(slot: number, name: string): Local {
  return new Local(0, slot, name);
}
