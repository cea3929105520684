// A graph of objects as JSON, for the library image (see library-image.ts). An object met more than
// once is written once and referred to after, so sharing survives; class instances are made again by
// their constructors, so they have the shapes the interpreter's code was optimised for; objects the
// reader has already (live cells, primitives, built-in constructors) are written as names it resolves,
// and so are the library's file names. A cycle may only pass through a class's late fields.

/** How instances of one class are written and made again. */
export interface ClassCodec<T extends object = any> {
  /** Its name in an image (a bundler may rename the class itself). */
  readonly name: string;
  /** The class (its constructor may be private: `make` calls it). */
  readonly type: { readonly prototype: T };
  /** The values its constructor is given. */
  readonly args: (value: T) => readonly unknown[];
  readonly make: (...args: any[]) => T;
  /** Fields set after it is made: they may lead back to it. */
  readonly late?: { readonly read: (value: T) => readonly unknown[]; readonly write: (value: T, values: readonly unknown[]) => void };
}

/** What the writer names and the reader resolves instead of writing it. */
export interface Externals {
  /** A JSON name for an object the reader will have, or undefined to write the object. */
  name(value: object): unknown;
  resolve(name: unknown): object;
  /** A file's name as written (relative to the library), or undefined to write the string as it is. */
  shortFile(text: string): string | undefined;
  fullFile(short: string): string;
}

const REFERENCE = 0, ARRAY = 1, OBJECT = 2, INSTANCE = 3, EXTERNAL = 4, UNDEFINED = 5, BIGINT = 6, NUMBER = 7, MAP = 8, SET = 9, SHARED = 10, FILE = 11;

/** One encoded graph: its plain objects' key lists, then the value. */
export interface Encoded {
  readonly shapes: readonly (readonly string[])[];
  readonly value: unknown;
}

export function encode(root: unknown, classes: readonly ClassCodec[], externals: Externals): Encoded {
  const classIndex = new Map<unknown, number>(classes.map((codec, index) => [codec.type, index]));
  const references = new Map<object, number>();
  const named = new Map<object, unknown>();
  /** A container's sort, or the index of the object's class in `classes`; an object of another class is refused. */
  const sortOf = (value: object): "array" | "map" | "set" | "object" | number => {
    const prototype = Object.getPrototypeOf(value);
    if (prototype === Array.prototype) return "array";
    if (prototype === Map.prototype) return "map";
    if (prototype === Set.prototype) return "set";
    if (prototype === Object.prototype || prototype === null) return "object";
    const index = classIndex.get(prototype.constructor);
    if (index === undefined) throw new Error(`the library image cannot hold a ${prototype.constructor?.name ?? "value without a class"}`);
    return index;
  };
  const children = (value: object): readonly unknown[] => {
    const sort = sortOf(value);
    if (sort === "array" || sort === "set") return [...(value as Iterable<unknown>)];
    if (sort === "map") return [...(value as Map<unknown, unknown>)].flat();
    if (sort === "object") return Object.values(value);
    return [...classes[sort].args(value), ...(classes[sort].late?.read(value) ?? [])];
  };
  // First every object's references are counted: one met twice is written once.
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== "object" && typeof value !== "function") continue;
    const count = references.get(value as object) ?? 0;
    references.set(value as object, count + 1);
    if (count > 0) continue;
    const name = externals.name(value as object);
    if (name !== undefined) named.set(value as object, name);
    else pending.push(...children(value as object));
  }

  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const ids = new Map<object, number>();
  const started = new Set<object>();
  let nextId = 0;
  const write = (value: unknown): unknown => {
    switch (typeof value) {
      case "string": {
        const short = externals.shortFile(value);
        return short === undefined ? value : [FILE, short];
      }
      case "boolean":
        return value;
      case "number":
        return Number.isFinite(value) && !Object.is(value, -0) ? value : [NUMBER, Object.is(value, -0) ? "-0" : String(value)];
      case "bigint":
        return [BIGINT, value.toString()];
      case "undefined":
        return [UNDEFINED];
      case "symbol":
        throw new Error("the library image cannot hold a symbol");
    }
    if (value === null) return null;
    const object = value as object;
    const id = ids.get(object);
    if (id !== undefined) return [REFERENCE, id];
    if (started.has(object)) throw new Error("the library image cannot hold a cycle through a constructor's arguments");
    started.add(object);
    const shared = references.get(object)! > 1;
    const register = () => {
      if (shared) ids.set(object, nextId++);
    };
    const body = writeObject(object, register);
    return shared ? [SHARED, body] : body;
  };
  const writeObject = (object: object, register: () => void): unknown => {
    const name = named.get(object);
    if (name !== undefined) {
      register();
      return [EXTERNAL, name];
    }
    const sort = sortOf(object);
    if (sort === "array") {
      register();
      return [ARRAY, ...(object as unknown[]).map(write)];
    }
    if (sort === "map") {
      register();
      return [MAP, ...[...(object as Map<unknown, unknown>)].flatMap(([key, entry]) => [write(key), write(entry)])];
    }
    if (sort === "set") {
      register();
      return [SET, ...[...(object as Set<unknown>)].map(write)];
    }
    if (sort === "object") {
      const keys = Object.keys(object);
      const key = keys.join("\u0000");
      let shape = shapeIndex.get(key);
      if (shape === undefined) {
        shape = shapes.push(keys) - 1;
        shapeIndex.set(key, shape);
      }
      register();
      return [OBJECT, shape, ...Object.values(object).map(write)];
    }
    const codec = classes[sort];
    const args = codec.args(object).map(write);
    register();
    return codec.late ? [INSTANCE, sort, args, codec.late.read(object).map(write)] : [INSTANCE, sort, args];
  };
  return { shapes, value: write(root) };
}

export function decode(encoded: Encoded, classes: readonly ClassCodec[], externals: Externals): unknown {
  const table: unknown[] = [];
  const { shapes } = encoded;
  const read = (node: unknown): unknown => {
    if (!Array.isArray(node)) return node;
    if (node[0] === SHARED) return readObject(node[1], true);
    return readObject(node, false);
  };
  const readObject = (node: any[], shared: boolean): unknown => {
    switch (node[0]) {
      case REFERENCE:
        return table[node[1]];
      case UNDEFINED:
        return undefined;
      case BIGINT:
        return BigInt(node[1]);
      case NUMBER:
        return node[1] === "-0" ? -0 : Number(node[1]);
      case FILE:
        return externals.fullFile(node[1]);
      case EXTERNAL: {
        const resolved = externals.resolve(node[1]);
        if (shared) table.push(resolved);
        return resolved;
      }
      case ARRAY: {
        const array: unknown[] = [];
        if (shared) table.push(array);
        for (let index = 1; index < node.length; index++) array.push(read(node[index]));
        return array;
      }
      case MAP: {
        const map = new Map<unknown, unknown>();
        if (shared) table.push(map);
        for (let index = 1; index < node.length; index += 2) map.set(read(node[index]), read(node[index + 1]));
        return map;
      }
      case SET: {
        const set = new Set<unknown>();
        if (shared) table.push(set);
        for (let index = 1; index < node.length; index++) set.add(read(node[index]));
        return set;
      }
      case OBJECT: {
        const keys = shapes[node[1]];
        const object: Record<string, unknown> = {};
        if (shared) table.push(object);
        for (let index = 0; index < keys.length; index++) object[keys[index]] = read(node[index + 2]);
        return object;
      }
      case INSTANCE: {
        const codec = classes[node[1]];
        const instance = codec.make(...(node[2] as unknown[]).map(read));
        if (shared) table.push(instance);
        if (codec.late) codec.late.write(instance, (node[3] as unknown[]).map(read));
        return instance;
      }
    }
    throw new Error(`the library image is damaged (a node tagged ${node[0]})`);
  };
  return read(encoded.value);
}
