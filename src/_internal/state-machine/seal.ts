import type * as z from 'zod';

// Every document a state machine returns is deep-frozen and written in the
// key order of its schema, the order its parser produces, so that its JSON
// survives a round trip through the parser byte for byte.
//
// New parts of a result are the unfrozen ones: an engine starts from a
// deep-frozen document (copying the caller's first when it is not) and
// changes only copies, so whatever is not frozen was made for this result
// and may be reordered and frozen; frozen parts are shared as they are. A
// caller's object is never frozen or changed.

/** The key order of a schema's objects, from the schema itself. */
interface Shape {
  /** For an object: its keys in the schema's order… */
  readonly keys?: readonly string[];
  /** …and their shapes, at the same positions. */
  readonly shapes?: readonly (Shape | undefined)[];
  /** For an array: the shape of its items. */
  readonly element?: Shape | undefined;
}

type Def = {
  readonly type?: string;
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly innerType?: unknown;
  readonly element?: unknown;
  readonly in?: unknown;
  readonly out?: unknown;
};

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

function shapeOf(schema: unknown, depth = 0): Shape | undefined {
  const def = defOf(schema);
  if (def === undefined || depth > 32) return undefined;
  switch (def.type) {
    case 'object': {
      const entries = Object.entries(def.shape ?? {});
      return {
        keys: entries.map(([key]) => key),
        shapes: entries.map(([, child]) => shapeOf(child, depth + 1)),
      };
    }
    case 'array':
      return { element: shapeOf(def.element, depth + 1) };
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return shapeOf(def.innerType, depth + 1);
    case 'pipe':
      return shapeOf(def.out, depth + 1) ?? shapeOf(def.in, depth + 1);
    default:
      // Unions (the history's events) are kept in the order zod wrote them.
      return undefined;
  }
}

/**
 * Freezes the new parts of a value in place and returns it; objects with a
 * known shape are rebuilt in the schema's key order (keys the shape does not
 * know keep their place after the known ones). Frozen parts are returned
 * as they are. `previous` is the same part of a sealed value that this one
 * was copied from, if any: what they share is sealed already, so a long list
 * is compared item by item (cheap) instead of asked item by item whether it
 * is frozen (not cheap).
 */
function seal<T>(value: T, known: Shape | undefined, previous?: unknown): T {
  if (value === previous || typeof value !== 'object' || value === null) return value;
  if (Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    const element = known?.element;
    const before = Array.isArray(previous) ? (previous as readonly unknown[]) : undefined;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const was = before?.[index];
      if (item === was || typeof item !== 'object' || item === null) continue;
      if (!Object.isFrozen(item)) value[index] = seal(item, element, was);
    }
    return Object.freeze(value);
  }
  const record = value as Record<string, unknown>;
  const prior = (typeof previous === 'object' ? previous : undefined) as
    | Readonly<Record<string, unknown>>
    | undefined;
  const keys = known?.keys;
  if (keys === undefined) {
    for (const key of Object.keys(record)) {
      record[key] = seal(record[key], undefined, prior?.[key]);
    }
    return Object.freeze(value);
  }
  const shapes = known?.shapes ?? [];
  const ordered: Record<string, unknown> = {};
  let count = 0;
  for (let position = 0; position < keys.length; position++) {
    const key = keys[position] as string;
    const field = record[key];
    if (field === undefined || !Object.hasOwn(record, key)) continue;
    ordered[key] = typeof field === 'object' ? seal(field, shapes[position], prior?.[key]) : field;
    count++;
  }
  const all = Object.keys(record);
  if (all.length > count) {
    for (const key of all) {
      if (!keys.includes(key) && record[key] !== undefined) {
        ordered[key] = seal(record[key], undefined, prior?.[key]);
      }
    }
  }
  return Object.freeze(ordered) as T;
}

/** Freezes a value and everything in it (fresh values an engine made, such as an event). */
export function freezeAll<T>(value: T): T {
  return seal(value, undefined);
}

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (!isDeepFrozen(value[index])) return false;
    }
    return true;
  }
  for (const key of Object.keys(value)) {
    if (!isDeepFrozen((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** A copy of plain data: arrays and objects copied, keys in their order. */
export function copyData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyData) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    copy[key] = copyData((value as Record<string, unknown>)[key]);
  return copy as T;
}

/** Seals the documents of one schema: see {@link createSealer}. */
export interface Sealer<D extends { readonly history: readonly unknown[] }> {
  /**
   * Freezes the new parts of a document in schema key order and marks it
   * sealed; `previous` is the sealed document it was copied from, if any.
   */
  readonly seal: (document: D, previous?: D) => D;
  /**
   * The document itself when it is deep-frozen (the engine shares its parts
   * with the result), else a sealed copy: a caller's unfrozen object is never
   * frozen, in part or whole.
   */
  readonly sealedInput: (document: D) => D;
  /**
   * A copy of a sealed document that effects may change in place: every part
   * copied except the events of the history, which are never changed (the
   * history array itself is copied, to append to).
   */
  readonly workingCopy: (document: D) => D;
}

/**
 * The sealing functions of the documents of `schema` (a relationship, an
 * enrolment). The schema's key order is read on first use.
 */
export function createSealer<D extends { readonly history: readonly unknown[] }>(
  schema: z.ZodType,
): Sealer<D> {
  let shape: Shape | undefined;
  let read = false;
  const shapeOfDocument = () => {
    if (!read) {
      shape = shapeOf(schema);
      read = true;
    }
    return shape;
  };
  // Documents known to be deep-frozen: every one the engine returned, and
  // every input found to be deep-frozen. An identity memo: checking the whole
  // document on every call would cost more than the call itself.
  const sealed = new WeakSet<D>();
  const sealDocument = (document: D, previous?: D): D => {
    const result = seal(document, shapeOfDocument(), previous);
    sealed.add(result);
    return result;
  };
  return {
    seal: sealDocument,
    sealedInput(document) {
      if (sealed.has(document)) return document;
      if (isDeepFrozen(document)) {
        sealed.add(document);
        return document;
      }
      return sealDocument(copyData(document));
    },
    workingCopy(document) {
      const copy = {} as Record<string, unknown>;
      for (const key of Object.keys(document)) {
        const value = (document as unknown as Record<string, unknown>)[key];
        copy[key] = key === 'history' ? [...(value as readonly unknown[])] : copyData(value);
      }
      return copy as unknown as D;
    },
  };
}
