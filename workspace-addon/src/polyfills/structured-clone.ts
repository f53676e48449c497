// Apps Script's V8 runtime is the ECMAScript engine without the web platform: it has no structuredClone, which
// the core uses to copy plans before a command changes them. This fills it in for the data plans and frameworks
// hold (plain objects, arrays, Dates, Maps, Sets, RegExps, cycles), throwing as the real one does on functions.

type Cloneable = unknown;

export function structuredClonePolyfill<T>(value: T): T {
  const seen = new Map<object, unknown>();
  const clone = (input: Cloneable): unknown => {
    if (input === null || typeof input !== 'object') {
      if (typeof input === 'function' || typeof input === 'symbol') throw dataCloneError(input);
      return input;
    }
    const known = seen.get(input);
    if (known !== undefined) return known;
    if (input instanceof Date) return remember(input, new Date(input.getTime()));
    if (input instanceof RegExp) return remember(input, new RegExp(input.source, input.flags));
    if (input instanceof Map) {
      const out = remember(input, new Map());
      for (const [k, v] of input) out.set(clone(k), clone(v));
      return out;
    }
    if (input instanceof Set) {
      const out = remember(input, new Set());
      for (const v of input) out.add(clone(v));
      return out;
    }
    if (Array.isArray(input)) {
      const out = remember(input, new Array(input.length));
      for (let i = 0; i < input.length; i++) if (i in input) out[i] = clone(input[i]);
      return out;
    }
    if (input instanceof Error) {
      const out = remember(input, new Error(input.message));
      out.name = input.name;
      return out;
    }
    const out = remember(input, {} as Record<string, unknown>);
    for (const key of Object.keys(input)) out[key] = clone((input as Record<string, unknown>)[key]);
    return out;
  };
  const remember = <O>(source: object, copy: O): O => {
    seen.set(source, copy);
    return copy;
  };
  return clone(value) as T;
}

function dataCloneError(value: unknown): Error {
  const error = new Error(`${String(value)} could not be cloned.`);
  error.name = 'DataCloneError';
  return error;
}

/** Installs the polyfill where the host lacks structuredClone (Apps Script); a no-op in Node and browsers. */
export function installStructuredClone(): void {
  const host = globalThis as { structuredClone?: unknown };
  if (typeof host.structuredClone !== 'function') host.structuredClone = structuredClonePolyfill;
}
