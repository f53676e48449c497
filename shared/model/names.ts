// Names as people type them: matching ignores case and runs of whitespace, ids are stable slugs.

/** The key two names share when a person would call them the same ("Data  Analysis" = "data analysis"). */
export function nameKey(name: string): string {
  // NFKC leaves printable ASCII as it is, and normalising is the slow part when a sheet has thousands of names
  // zero-width characters show as nothing, so "Cod\u200bing" is "Coding" to anyone reading it
  const text = PRINTABLE_ASCII.test(name) ? name : name.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** A readable, URL-safe id derived from a name ("Senior Engineer II" -> "senior-engineer-ii"). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'item';
}

/** Gives each name a unique slug, suffixing -2, -3 … where two names slug the same. */
export function uniqueSlugger(): (name: string) => string {
  const used = new Set<string>();
  return (name: string) => {
    const base = slugify(name);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
