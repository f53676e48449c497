// Option parsing for the commands: node's parseArgs, with usage errors a person can act on.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './io';

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, usage: string) {
  if (args.includes('--help') || args.includes('-h')) throw new CliError(`usage: ${usage}`, 0);
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\nusage: ${usage}`, 2);
  }
}

export function required<T>(value: T | undefined, name: string, usage: string): T {
  if (value === undefined || value === '') throw new CliError(`missing ${name}\n\nusage: ${usage}`, 2);
  return value;
}

/** Whether "YYYY-MM-DD" names a day that exists (2026-02-30 does not), in years a career plan can mean. */
export function isRealDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A --today style option: today when absent, else a real day or a usage error naming the option. */
export function dayOption(text: string | undefined, name: string, today: () => string): string {
  if (text === undefined) return today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new CliError(`${name} "${text}": write the date as YYYY-MM-DD`, 2);
  if (!isRealDay(text)) throw new CliError(`${name} "${text}": there is no such day; give a real date as YYYY-MM-DD (years 1900 to 2999)`, 2);
  return text;
}

/** A whole-number option within bounds, or a usage error naming it. */
export function wholeNumberOption(text: string | undefined, name: string, min: number, max: number, fallback: number, unit = ''): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max) throw new CliError(`${name} "${text}": give a whole number${unit ? ` of ${unit}` : ''} from ${min} to ${max}`, 2);
  return n;
}
