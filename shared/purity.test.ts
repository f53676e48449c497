// The core must run unchanged in Node, a content script and Apps Script's V8: bundled on its own, it loads and
// works in a bare JavaScript context with no Node built-ins, no DOM and no web globals.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';

const here = __dirname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the core is pure', () => {
  it('imports only its own modules and pure libraries', () => {
    const allowed = new Set(['zod', 'papaparse', 'marked', 'htmlparser2', 'yaml']);
    for (const file of sources(here)) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)) {
        const ok = spec!.startsWith('.') || allowed.has(spec!.split('/')[0]!);
        expect(ok, `${relative(here, file)} imports "${spec}"`).toBe(true);
      }
    }
  });

  it('bundled alone, runs a whole career-path flow in a bare V8 context (as in Apps Script)', async () => {
    const result = (await build({
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: false, lib: { entry: join(here, 'index.ts'), formats: ['iife'], name: 'Trellis', fileName: () => 'core.js' } },
    })) as Rollup.RollupOutput[];
    const code = result[0]!.output[0].code;
    const sandbox: Record<string, unknown> = {};
    createContext(sandbox);
    runInContext(`${code}\nthis.Trellis = Trellis;`, sandbox);
    // the framework and plan below are built inside the sandbox, from JSON, by the bundled core alone
    const outcome = runInContext(
      `(() => {
        const T = this.Trellis;
        const framework = T.FrameworkSchema.parse({
          kind: 'trellis.framework', schemaVersion: 2, id: 'eng', name: 'Engineering',
          competencies: [{ id: 'code', name: 'Coding', kind: 'skill' }, { id: 'comms', name: 'Communication', kind: 'ability' }],
          roles: [
            { id: 'e1', title: 'Engineer', track: 'Eng', rank: 1, competencies: [{ competencyId: 'code', level: 2 }] },
            { id: 'e2', title: 'Senior Engineer', track: 'Eng', rank: 2, competencies: [{ competencyId: 'code', level: 4 }, { competencyId: 'comms', level: 3 }] },
          ],
        });
        const alex = { name: 'Alex', email: 'alex@example.com' };
        let plan = T.createPlan({ id: 'p', framework, employee: alex, manager: { name: 'Dana', email: 'dana@example.com' }, currentRoleId: 'e1', targetRoleId: 'e2',
          assessment: [{ competencyId: 'code', level: 2, source: 'self', date: '2026-01-01', evidence: '' }], by: 'alex', now: '2026-01-02T00:00:00Z' });
        plan = T.applyCommand(plan, { type: 'set-objectives', objectives: { beyondCurrentRole: ['Lead'], fiveYears: 'Staff' } }, { actor: alex, now: '2026-01-03T00:00:00Z', framework });
        const questions = T.chooseQuestions(T.BUILT_IN_QUESTIONS, { seriesId: 's', date: '2026-01-05', plan: T.planPromptContext(plan, framework) });
        return JSON.stringify({ revision: plan.revision, milestones: plan.milestones.length, questions: questions.length, html: T.planReportHtml(plan, framework).length > 1000 });
      })()`,
      sandbox,
    );
    expect(JSON.parse(outcome)).toEqual({ revision: 2, milestones: expect.any(Number), questions: 3, html: true });
    expect(JSON.parse(outcome).milestones).toBeGreaterThan(2);
  });
});
