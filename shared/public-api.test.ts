// The surfaces (CLI, extension, add-on) use the core through its public API only (shared/index.ts and what it
// re-exports), and restate none of its rules: stage labels, who may do what, the horizon, the questions' day.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');

function publicModules(): Set<string> {
  const out = new Set<string>();
  const visit = (file: string) => {
    if (out.has(file)) return;
    out.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^export (?:\*|\{[^}]*\}) from ['"](\.[^'"]+)['"]/gm)) visit(`${resolve(dirname(file), spec!)}.ts`);
  };
  visit(join(root, 'shared/index.ts'));
  // entry points besides index: the HTML reader's parser needs Buffer when it loads, so the bundle for Apps
  // Script (shared/index.ts) leaves it, and the readers built on it (job postings, tables from documents, Markdown tables, ladder grids), out; Node-side surfaces import them
  visit(join(root, 'shared/ingest/document/html.ts'));
  visit(join(root, 'shared/ingest/document/job-posting.ts'));
  visit(join(root, 'shared/ingest/grid/from-tables.ts'));
  visit(join(root, 'shared/ingest/grid/markdown-tables.ts'));
  visit(join(root, 'shared/ingest/grid/ladder-grids.ts'));
  return out;
}

/** The surfaces' shipping code: tests, benches, screenshots and test support may reach the core's test fixtures. */
function surfaceSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['node_modules', 'bench', 'fuzz', 'test-support'].includes(name) ? [] : surfaceSources(path);
    return /\.tsx?$/.test(name) && !/\.(test|e2e\.test)\.tsx?$/.test(name) && !/(fixtures|screenshots)\.ts$/.test(name) ? [path] : [];
  });
}

const SURFACES = ['scripts', 'extension/src', 'workspace-addon/src'].flatMap((d) => surfaceSources(join(root, d)));

describe('the core’s public API', () => {
  it('is all the surfaces import of the core', () => {
    const api = publicModules();
    expect(SURFACES.length).toBeGreaterThan(100);
    const outside: string[] = [];
    for (const file of SURFACES) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]*shared\/[^'"]+)['"]/g)) {
        const target = `${resolve(dirname(file), spec!)}.ts`;
        if (!api.has(target)) outside.push(`${relative(root, file)} imports ${relative(root, target)}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('holds the rules once: no surface restates stage labels, the rulebook, the horizon or the questions’ day', () => {
    const restated: string[] = [];
    const rules: [RegExp, string][] = [
      [/Record<Stage, string>\s*=/, 'stage labels (shared/workflow/labels)'],
      [/\bmonths\s*<\s*1\b|\bhorizon\s*<\s*1\b|>\s*60\)/, 'the horizon’s bounds (HORIZON_MONTHS)'],
      [/chooseQuestions[\s\S]*getFullYear\(\)[^\n]*getMonth\(\)[^\n]*getDate\(\)|getFullYear\(\)[^\n]*getMonth\(\)[^\n]*getDate\(\)[\s\S]*chooseQuestions/, 'a local day for questions (questionDay)'],
      [/plan\.stage\s*===\s*'(approved|active|leadership-review|draft-plan)'\s*&&\s*\(?\s*(roles|is)\b/, 'who may act at a stage (the rulebook)'],
      [/status === 'planned' \|\| \w+\.status === 'in-progress'/, 'what an open milestone is (isOpenMilestone)'],
      [/\btrellis(Employee|Manager|DocId)\s*=(?!=)|\btrellis(Employee|Manager):\s*plan\./, 'the plan file’s app properties (planProperties)'],
    ];
    for (const file of SURFACES) {
      const text = readFileSync(file, 'utf8');
      for (const [pattern, what] of rules) if (pattern.test(text)) restated.push(`${relative(root, file)} restates ${what}`);
    }
    expect(restated).toEqual([]);
  });
});
