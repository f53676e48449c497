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
