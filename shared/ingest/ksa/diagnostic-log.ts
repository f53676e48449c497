// Collects a sheet's diagnostics: all of them, except that one mistake repeated over thousands of cells is said a
// hundred times and then counted, so a broken million-cell sheet still gives a readable report.
import type { Diagnostic } from '../diagnostics';

const PER_KIND = 100;

export class DiagnosticLog {
  readonly all: Diagnostic[] = [];
  private readonly counts = new Map<string, { shown: number; hidden: number; example: Diagnostic }>();

  add(diagnostic: Diagnostic): void {
    this.all.push(diagnostic);
  }

  /** Adds a diagnostic of a kind that can repeat per cell ("error-value", "unknown-level" …). */
  repeated(kind: string, diagnostic: Diagnostic): void {
    const key = `${diagnostic.file ?? ''}\u0000${diagnostic.sheet ?? ''}\u0000${kind}`;
    const count = this.counts.get(key);
    if (!count) {
      this.counts.set(key, { shown: 1, hidden: 0, example: diagnostic });
      this.all.push(diagnostic);
    } else if (count.shown < PER_KIND) {
      count.shown++;
      this.all.push(diagnostic);
    } else count.hidden++;
  }

  /** The diagnostics, with a closing line for each kind that was cut short. */
  finish(): Diagnostic[] {
    for (const { hidden, example } of this.counts.values()) {
      if (!hidden) continue;
      const { cell: _cell, line: _line, ...where } = example;
      this.all.push({ ...where, message: `${hidden} more cell(s) like ${example.cell ?? 'the above'} have the same problem; fix those above and import again to see the rest` });
    }
    return this.all;
  }
}
