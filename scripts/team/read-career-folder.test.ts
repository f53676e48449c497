import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAscii } from 'node:buffer';
import { afterAll, describe, expect, it } from 'vitest';
import { personLevels } from '../../shared/gap/levels';
import { PlanSchema } from '../../shared/model/plan';
import { toFileJson } from '../../shared/model/files';
import { frameworkDriveName } from '../../shared/storage/drive-files';
import { FrameworkCatalog } from '../../shared/team/framework-catalog';
import { teamReport } from '../../shared/team/team-report';
import { departmentFramework, departmentPlans } from '../../shared/test/department';
import { longLivedPlan } from '../bench/long-lived-plan';
import fc from 'fast-check';
import { forTeamReport, listCareerFiles, readCareerFolder, readPlanFile, asciiJsonText } from './read-career-folder';
import { readPlan } from '../../shared/model/files';

const framework = departmentFramework(12);
const plans = departmentPlans(framework, 30, '2026-03-01').map((p, i) => (i % 3 ? p : longLivedPlan(p, framework, 20, 8)));
const dir = mkdtempSync(join(tmpdir(), 'trellis-read-folder-'));
writeFileSync(join(dir, frameworkDriveName(framework.id, framework.version)), toFileJson(framework));
for (const p of plans) writeFileSync(join(dir, `${p.id}.plan.json`), toFileJson(p));
writeFileSync(join(dir, 'broken.plan.json'), '{ "kind": "trellis.plan", ');
writeFileSync(join(dir, 'undated.plan.json'), toFileJson({ ...plans[1]!, milestones: [{ id: 'm', title: 't', measure: 'm', due: 'next spring', link: { kind: 'goal', responsibility: 'r' } }] } as never));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(folder: Awaited<ReturnType<typeof readCareerFolder>>) {
  const catalog = new FrameworkCatalog();
  for (const { framework: f, file } of folder.frameworks) catalog.add(f, file);
  return teamReport(folder.plans, catalog, { today: '2026-03-01' }, folder.problems);
}

describe('reading a career folder for the team report', () => {
  it('reads the same plans, problems and report in a pool of threads as on one thread', async () => {
    const paths = await listCareerFiles(dir);
    const alone = await readCareerFolder(paths, { threads: 1 });
    const pooled = await readCareerFolder(paths, { threads: 3 });
    expect(alone.plans).toHaveLength(plans.length);
    expect(alone.problems.map((p) => p.file)).toEqual([join(dir, 'broken.plan.json'), join(dir, 'undated.plan.json')]);
    expect(pooled).toEqual(alone);
    expect(report(pooled)).toEqual(report(alone));
  });

  it('keeps of a long-lived plan what its effective levels are made of, so levels and the latest check-in stay the same', () => {
    const plan = longLivedPlan(plans[0]!, framework);
    // a later peer assertion and a same-day manager re-assessment: peers never count, the later-appended tie wins
    const last = plan.assessment.at(-1)!;
    const withTies = PlanSchema.parse({ ...plan, assessment: [...plan.assessment, { ...last, source: 'peer', level: 1 }, { ...last, level: last.level === 1 ? 2 : 1 }] });
    const compact = forTeamReport(withTies);
    expect(compact.assessment.length).toBeLessThanOrEqual(10);
    expect(compact.assessment.every((a) => !a.evidence)).toBe(true);
    const levels = (p: typeof plan) => [...personLevels(framework, p.assessment).detail.values()].map((e) => [e.competencyId, e.level, e.basis, e.disagreement]);
    expect(levels(compact)).toEqual(levels(withTies));
    expect(compact.checkIns.map((c) => c.at)).toEqual([withTies.checkIns.map((c) => c.at).sort().at(-1)]);
  });

  it('reads a plan saved in any encoding as every other input is read, and words a damaged file the same way', () => {
    const plan = PlanSchema.parse({ ...plans[0]!, employee: { name: 'Zoë\u200b Ørsted', email: 'zoe@example.com' } });
    const text = toFileJson(plan);
    const ascii = toFileJson(plans[0]!);
    const utf16 = (t: string) => Buffer.from(t, 'utf16le');
    const saved: Record<string, Buffer> = {
      'ascii.plan.json': Buffer.from(ascii),
      'utf8.plan.json': Buffer.from(text),
      // as Trellis writes a plan whose people and competencies are named in other scripts
      'utf8-plain.plan.json': Buffer.from(toFileJson({ ...plan, employee: { ...plan.employee, name: '王伟 Zoë Ørsted' } })),
      // written by a tool that escapes what is not ASCII ("\u00eb"), beside a UTF-8 character
      'escaped.plan.json': Buffer.from(toFileJson({ ...plan, employee: { ...plan.employee, name: 'Ørsted' } }).replace('"Ørsted"', '"Zo\\u00eb \\u738b \u00d8rsted"')),
      // saved by an old spreadsheet tool: not UTF-8, read as Windows-1252 as every input is
      // (its en dashes, as in "Proficiency 1–5", are byte 0x96 in that encoding)
      'cp1252.plan.json': Buffer.from(ascii.replace(JSON.stringify(plans[0]!.employee.name), '"Zo\u00eb Orsted"').replace(/–/g, '\u0096'), 'latin1'),
      'bom.plan.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      'utf16-marked.plan.json': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(text)]),
      // plain ASCII saved as UTF-16 without a mark is ASCII bytes too, a zero between each
      'utf16-unmarked.plan.json': utf16(ascii),
      'nul.plan.json': Buffer.from(ascii.replace('"Manager', '"\u0000Manager')),
      'cut.plan.json': Buffer.from(ascii.slice(0, 500)),
      'png.plan.json': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(ascii)]),
    };
    const read = (name: string) => {
      const path = join(dir, 'encodings', name);
      return readPlanFile(path, name);
    };
    mkdirSync(join(dir, 'encodings'));
    for (const [name, bytes] of Object.entries(saved)) writeFileSync(join(dir, 'encodings', name), bytes);
    const compact = (p: typeof plan) => ({ entry: { plan: forTeamReport(readPlan(toFileJson(p))), file: expect.any(String) } });
    expect(read('ascii.plan.json')).toEqual(compact(plans[0]!));
    expect(read('utf16-unmarked.plan.json')).toEqual(compact(plans[0]!));
    // the invisible zero-width space is removed, as from any input
    const accented = PlanSchema.parse({ ...plan, employee: { ...plan.employee, name: 'Zoë Ørsted' } });
    for (const name of ['utf8.plan.json', 'bom.plan.json', 'utf16-marked.plan.json']) expect(read(name), name).toEqual(compact(accented));
    expect(read('utf8-plain.plan.json')).toEqual(compact(PlanSchema.parse({ ...plan, employee: { ...plan.employee, name: '王伟 Zoë Ørsted' } })));
    expect(read('escaped.plan.json')).toEqual(compact(PlanSchema.parse({ ...plan, employee: { ...plan.employee, name: 'Zoë 王 Ørsted' } })));
    expect(read('cp1252.plan.json')).toEqual(compact(PlanSchema.parse({ ...plans[0]!, employee: { ...plans[0]!.employee, name: 'Zoë Orsted' } })));
    const problem = (name: string) => (read(name) as { problem: { message: string } }).problem.message;
    const nulLine = ascii.slice(0, ascii.indexOf('"Manager')).split('\n').length;
    expect(problem('nul.plan.json')).toMatch(new RegExp(`^plan skipped: line ${nulLine}: holds a NUL character`));
    expect(problem('cut.plan.json')).toMatch(/^plan skipped: not valid JSON/);
    expect(problem('png.plan.json')).toMatch(/^plan skipped: this is a PNG image/);
  });

  it('makes UTF-8 JSON all ASCII by escaping what lies between its first and last byte beyond ASCII, the same value as decoding it whole', () => {
    const piece = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('–', 'Zoë', '王伟', '😀', '"', '\\', ''));
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 4 }), { maxLength: 6 }), (names) => {
        const bytes = Buffer.from(JSON.stringify({ plan: names.map((parts, i) => ({ id: i, name: parts.join('') })), note: 'end' }), 'utf8');
        if (isAscii(bytes)) return;
        const text = asciiJsonText(bytes);
        expect(isAscii(Buffer.from(text, 'latin1'))).toBe(true);
        expect([...text].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
        expect(JSON.parse(text)).toEqual(JSON.parse(bytes.toString('utf8')));
      }),
      { numRuns: 500 },
    );
  });
});
