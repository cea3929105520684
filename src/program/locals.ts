// Local variables during desugaring: frames (one per lambda or function body) hand out slots,
// scopes map names to slots; a variable becomes (frames crossed, slot) in the core term.

import { Local, type Fixity, type Owner } from "./core.ts";

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
  private readonly names = new Map<string, number>();
  /** Fixities declared for operators bound in this scope (`where infixl 6 <+>`). */
  readonly fixities = new Map<string, Fixity>();

  constructor(readonly parent: LocalScope | undefined, readonly frame: FrameLayout) {}

  /** A scope in a new frame (a lambda or a local function). */
  static function(parent: LocalScope | undefined): LocalScope {
    return new LocalScope(parent, new FrameLayout());
  }

  /** A nested scope in the same frame (let, where, case alternative, pattern variables). */
  nested(): LocalScope {
    return new LocalScope(this, this.frame);
  }

  bind(name: string, slot: number): void {
    this.names.set(name, slot);
  }

  /** Allocates a slot in this scope's frame and binds the name to it. */
  declare(name: string): number {
    const slot = this.frame.allocate();
    this.names.set(name, slot);
    return slot;
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  lookup(name: string): Local | undefined {
    let depth = 0;
    for (let scope: LocalScope | undefined = this; scope !== undefined; scope = scope.parent) {
      const slot = scope.names.get(name);
      if (slot !== undefined) return new Local(depth, slot, name);
      if (scope.parent !== undefined && scope.parent.frame !== scope.frame) depth++;
    }
    return undefined;
  }

  lookupFixity(name: string): Fixity | undefined | null {
    for (let scope: LocalScope | undefined = this; scope !== undefined; scope = scope.parent) {
      if (scope.names.has(name)) return scope.fixities.get(name) ?? null;
    }
    return undefined;
  }
}

/** A local variable of the current frame (depth 0). */
export function slotLocal(slot: number, name: string): Local {
  return new Local(0, slot, name);
}
