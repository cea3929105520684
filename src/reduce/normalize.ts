// Full evaluation of a value (every field, recursively), driven by the machine one thunk at a time.
// Evaluated fields are written back into their cells, so the result is a plain value graph.

import { Data, EVALUATED, Thunk } from "./values.ts";

/** Slots still to visit: each is a container (the root holder or a cell's fields) and an index. */
export class NormalizeWork {
  readonly containers: unknown[][] = [];
  readonly indices: number[] = [];
  private pendingContainer: unknown[] | undefined;
  private pendingIndex = 0;
  constructor(readonly root: unknown[]) {
    this.containers.push(root);
    this.indices.push(0);
  }
  received(value: unknown): void {
    const container = this.pendingContainer;
    if (container === undefined) return;
    container[this.pendingIndex] = value;
    this.containers.push(container);
    this.indices.push(this.pendingIndex);
    this.pendingContainer = undefined;
  }
  await(container: unknown[], index: number): void {
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
    let node = container[index];
    if (node instanceof Thunk) {
      if (node.state !== EVALUATED) {
        work.await(container, index);
        return node;
      }
      node = container[index] = node.value;
    }
    if (node instanceof Data) {
      const fields = node.fields;
      for (let i = fields.length - 1; i >= 0; i--) {
        const field = fields[i];
        if (field instanceof Thunk || (field instanceof Data && field.fields.length > 0)) {
          containers.push(fields);
          indices.push(i);
        }
      }
    }
  }
  return undefined;
}
