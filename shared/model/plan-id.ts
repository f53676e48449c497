// Plan ids people can read, unique for names in every script: Latin names as they are, Cyrillic and Greek
// transliterated (the usual romanisation, as on passports), and names in scripts without one standard Latin
// spelling (Chinese, Arabic, Hebrew, Devanagari, …) kept apart by a short stable hash, so two people's plans never
// share an id (and a file) because their names have no Latin letters.

// Latin letters that do not come apart under NFKD (ø is not o plus a mark)
const LATIN_SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŋ: 'ng', ĸ: 'k' };

// Cyrillic: the passport romanisation of Russian (ICAO 9303), with the Ukrainian and Belarusian letters
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
  і: 'i', ї: 'i', є: 'ie', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};

// Greek: ELOT 743 (the Greek standard, as on Greek passports), simplified to single letters where it uses digraphs by context
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

const GREEK_PAIRS: Record<string, string> = { ου: 'ou', αυ: 'av', ευ: 'ev' };

/** The text in Latin letters where a standard romanisation exists; other letters are left as they are. */
export function transliterate(text: string): string {
  let out = '';
  const plain = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ου|αυ|ευ/g, (pair) => GREEK_PAIRS[pair]!);
  for (const ch of plain) out += LATIN_SPECIAL[ch] ?? CYRILLIC[ch] ?? GREEK[ch] ?? ch;
  return out;
}

/** FNV-1a over the text: short, stable across runs and surfaces, no dependency. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/**
 * A readable, file-safe id part for a name: its romanised slug, and when the name holds letters or digits that
 * have no standard romanisation (王伟, محمد), a hash of the whole name too, so every distinct name has its own id.
 */
export function readableIdPart(name: string): string {
  const clean = name.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').trim();
  const latin = transliterate(clean);
  const slug = latin.replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const unromanised = /[\p{L}\p{N}]/u.test(latin.replace(/[a-z0-9]/g, ''));
  if (!unromanised) return slug || 'item';
  const hash = shortHash(clean.toLowerCase());
  return slug ? `${slug}-${hash}` : `u${hash}`;
}

/** Longest id, so "<id>.plan.json" and its conflict copies stay well within a file name's 255 bytes. */
const MAX_ID = 120;

/** The plan id of an employee aiming at a role ("alex-rivera-senior-engineer", "u1x2y3z4-senior-engineer"). */
export function planIdOf(employeeName: string, targetTitle: string): string {
  const person = readableIdPart(employeeName);
  const target = readableIdPart(targetTitle);
  const id = `${person}-${target}`;
  if (id.length <= MAX_ID) return id;
  // a very long name keeps its start readable and a hash of the rest, so two long names stay apart
  return `${id.slice(0, MAX_ID - 9).replace(/-+$/, '')}-${shortHash(id)}`;
}
