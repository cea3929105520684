// Full evaluation of a value (every field, recursively), driven by the machine one thunk at a time.
// Evaluated fields are written back into their cells, so the result is a plain value graph.

import { Data, Thunk, fieldOf, setField } from "./values.ts";

/** What holds a slot: a cell (its fields) or the holder of the root value. */
type Container = Data | unknown[];

function slot(container: Container, index: number): unknown {
  return container instanceof Data ? fieldOf(container, index) : container[index];
}

function setSlot(container: Container, index: number, value: unknown): void {
  if (container instanceof Data) setField(container, index, value);
  else container[index] = value;
}

/** Slots still to visit (each a container and an index), and the slot awaiting an evaluated value. */
export class NormalizeWork {
  private readonly holder: unknown[];
  readonly containers: Container[] = [];
  readonly indices: number[] = [];
  private pendingContainer: Container | undefined;
  private pendingIndex = 0;
  constructor(root: unknown) {
    this.holder = [root];
    this.containers.push(this.holder);
    this.indices.push(0);
  }
  /** The root value (fully evaluated once the work is done). */
  get root(): unknown {
    return this.holder[0];
  }
  received(value: unknown): void {
    const container = this.pendingContainer;
    if (container === undefined) return;
    setSlot(container, this.pendingIndex, value);
    this.containers.push(container);
    this.indices.push(this.pendingIndex);
    this.pendingContainer = undefined;
  }
  await(container: Container, index: number): void {
    this.pendingContainer = container;
    this.pendingIndex = index;
  }
}

/** Visits slots until one needs evaluation (returns its thunk) or all are done (returns undefined). */
export function normalizeStep(work: NormalizeWork): Thunk | undefined {
  const { containers, indices } = work;
  while (containers.length > 0) {
    const container = containers.pop()!;
    const index = indices.pop()!;
    let node = slot(container, index);
    if (node instanceof Thunk) {
      if (!node.evaluated) {
        work.await(container, index);
        return node;
      }
      node = node.value;
      setSlot(container, index, node);
    }
    if (node instanceof Data) {
      for (let i = node.con.arity - 1; i >= 0; i--) {
        const field = fieldOf(node, i);
        if (field instanceof Thunk || (field instanceof Data && field.con.arity > 0)) {
          containers.push(node);
          indices.push(i);
        }
      }
    }
  }
  return undefined;
}
