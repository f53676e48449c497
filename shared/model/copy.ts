// Deep copies of the JSON data the core works on (plans, frameworks). Not structuredClone: Apps Script's V8 has
// no such global, and the core must run unchanged there.

/** A deep copy of plain JSON data (objects, arrays, strings, numbers, booleans, null; undefined fields are dropped). */
export function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
