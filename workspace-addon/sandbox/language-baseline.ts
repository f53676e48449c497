// The built-ins the add-on may rely on in Apps Script's V8 runtime. Google's V8 runtime page documents "modern
// ECMAScript syntax" (let, const, classes, arrow functions, destructuring, template literals…) but lists no
// built-ins; Trellis keeps to ES2020's library. The sandbox removes what came after, so a bundle that calls one
// (Array.prototype.at while loading, say) fails every test instead of failing in Apps Script.

/** [object path, property] of each built-in from ES2021 on, removed from the sandbox's realm. */
export const POST_ES2020_BUILTINS: readonly (readonly [string, string])[] = [
  // ES2021
  ['String.prototype', 'replaceAll'],
  ['Promise', 'any'],
  ['globalThis', 'WeakRef'],
  ['globalThis', 'FinalizationRegistry'],
  ['globalThis', 'AggregateError'],
  // ES2022
  ['Array.prototype', 'at'],
  ['String.prototype', 'at'],
  ['Object', 'hasOwn'],
  // ES2023
  ['Array.prototype', 'findLast'],
  ['Array.prototype', 'findLastIndex'],
  ['Array.prototype', 'toSorted'],
  ['Array.prototype', 'toReversed'],
  ['Array.prototype', 'toSpliced'],
  ['Array.prototype', 'with'],
  // ES2024 and later
  ['Object', 'groupBy'],
  ['Map', 'groupBy'],
  ['Promise', 'withResolvers'],
  ['String.prototype', 'isWellFormed'],
  ['String.prototype', 'toWellFormed'],
  ['Array', 'fromAsync'],
  ['globalThis', 'Iterator'],
];

/** Code to run first in the sandbox's realm: deletes every built-in above. */
export const REMOVE_POST_ES2020 = POST_ES2020_BUILTINS.map(([owner, name]) => `delete ${owner}[${JSON.stringify(name)}];`).join('\n');
