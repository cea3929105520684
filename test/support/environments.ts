// A module's type environment as text (its values' schemes, methods, classes, types, instances),
// for comparing the types two ways of compiling a module offer its importers.

import { printPredicate, printScheme, type ModuleEnvironment } from "../../src/types/index.ts";

export function describedEnvironment(environment: ModuleEnvironment) {
  return {
    values: [...environment.values].map(([key, scheme]) => `${(key as { name?: string }).name}: ${printScheme(scheme)}`).sort(),
    methods: [...environment.methods].map(([key, className]) => `${(key as { name?: string }).name}: ${className}`).sort(),
    classes: [...environment.classes.keys()].sort(),
    types: [...environment.types.keys()].sort(),
    instances: environment.instances.map((instance) => `${instance.context.map((predicate) => printPredicate(predicate)).join(", ")} => ${instance.id} ${instance.structural}`).sort(),
  };
}
