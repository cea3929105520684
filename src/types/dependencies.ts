// Dependency analysis of a binding group: which bindings mention which binders, and the
// strongly connected components (mutually recursive groups) in dependency order (Tarjan).

import type { RightHandSide } from "../resolve/tree.ts";
import { walkRightHandSide } from "../resolve/walk.ts";

/** Every binder (local variable or global cell) a right-hand side mentions, into `found`. */
export function mentionedInRightHandSide(rhs: RightHandSide, found: Set<object>): void {
  walkRightHandSide(rhs, {
    expression: (node) => {
      if (node.kind === "local") found.add(node.variable);
      else if (node.kind === "global" && node.entity.kind === "global") found.add(node.entity.cell);
    },
  });
}

/**
 * The strongly connected components of the graph `node -> successors(node)`, each component
 * after every component it depends on.
 */
export function stronglyConnected<T>(nodes: readonly T[], successors: (node: T) => readonly T[]): T[][] {
  const index = new Map<T, number>();
  const lowest = new Map<T, number>();
  const stack: T[] = [];
  const onStack = new Set<T>();
  const components: T[][] = [];
  const visit = (node: T): void => {
    index.set(node, index.size);
    lowest.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of successors(node)) {
      if (!index.has(next)) {
        visit(next);
        lowest.set(node, Math.min(lowest.get(node)!, lowest.get(next)!));
      } else if (onStack.has(next)) {
        lowest.set(node, Math.min(lowest.get(node)!, index.get(next)!));
      }
    }
    if (lowest.get(node) === index.get(node)) {
      const component: T[] = [];
      let member: T;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      components.push(component.reverse());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return components;
}
