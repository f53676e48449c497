// One line of `npm run bench`: a figure, its unit and the target it is held to.

export interface BenchLine {
  name: string;
  value: number;
  unit: string;
  /** The target as text, e.g. "< 1000" or "<= 2". */
  target: string;
  /** Whether value meets target. */
  pass?: boolean;
  [extra: string]: unknown;
}

export function line(name: string, value: number, unit: string, target: string, extra: Record<string, unknown> = {}): BenchLine {
  const m = /^(<=|>=|<|>)\s*([\d.]+)/.exec(target);
  let pass: boolean | undefined;
  if (m) {
    const t = Number(m[2]);
    pass = m[1] === '<' ? value < t : m[1] === '<=' ? value <= t : m[1] === '>' ? value > t : value >= t;
  }
  return { name, value: Math.round(value * 1000) / 1000, unit, target, pass, ...extra };
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
