import { describe, expect, it } from 'vitest';
import { FrameworkSchema, findRole, transitionsOf, UnknownRoleError } from './framework';
import { readFramework, readPlan, FileFormatError, fileJsonSchemas, toFileJson } from './files';
import { DEFAULT_SCALE, levelName, notYetRank, numericScale, parseLevel, stepDistance, wordScale } from './scale';
import { effectiveLevels, historyOf, appendAssertions } from './assessment';
import { testFramework, assertion, ALEX, DANA } from '../test/fixtures';
import { createPlan } from '../plan/generate';
import { nameKey, uniqueSlugger } from './names';

describe('scales', () => {
  it('numeric 1–5 has not-yet at 0, O*NET 0–7 at -1', () => {
    expect(notYetRank(numericScale('n', 1, 5))).toBe(0);
    expect(notYetRank(numericScale('onet', 0, 7))).toBe(-1);
  });
  it('word scales read names in any case, ranks, and not-yet', () => {
    const s = wordScale('w', 'Words', ['Awareness', 'Working', 'Practitioner', 'Expert']);
    expect(parseLevel(s, 'practitioner')).toBe(3);
    expect(parseLevel(s, ' EXPERT ')).toBe(4);
    expect(parseLevel(s, '2')).toBe(2);
    expect(parseLevel(s, 'Not yet')).toBe(0);
    expect(parseLevel(s, 'guru')).toBeUndefined();
    expect(levelName(s, 0)).toBe('Not yet');
    expect(levelName(s, null)).toBe('not assessed');
    expect(stepDistance(s, 0, 4)).toBe(4);
  });
  it('rejects levels out of order', () => {
    expect(() => wordScale('w', 'W', ['A', 'A'])).toThrow(/appears twice/);
  });
});

describe('framework', () => {
  it('adds promotions between adjacent roles of a track, keeping explicit moves', () => {
    const fw = testFramework();
    const moves = transitionsOf(fw).map((t) => `${t.from}>${t.to}:${t.type}`);
    expect(moves).toEqual(expect.arrayContaining(['eng1>eng2:promotion', 'eng2>senior:promotion', 'senior>staff:promotion', 'senior>em:lateral', 'eng2>pm:exploratory']));
    expect(moves).not.toContain('staff>em:promotion');
  });
  it('treats competency names case- and whitespace-insensitively: duplicates are an error', () => {
    const fw = testFramework();
    const result = FrameworkSchema.safeParse({ ...fw, competencies: [...fw.competencies, { id: 'code2', name: '  coding ', kind: 'skill' }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/duplicate competency "  coding "/);
  });
  it('rejects unknown competencies, unknown roles and promotion cycles with a reason', () => {
    const fw = testFramework();
    const bad = FrameworkSchema.safeParse({ ...fw, transitions: [{ from: 'staff', to: 'eng1', type: 'promotion' }, { from: 'x', to: 'eng1', type: 'lateral' }] });
    const messages = bad.error!.issues.map((i) => i.message).join('\n');
    expect(messages).toMatch(/unknown role "x"/);
    expect(messages).toMatch(/promotions form a cycle: [^;]*eng1 → eng2 → senior → staff[^;]*; a promotion must lead upward/);
  });
  it('finds roles by title ignoring case, and says which exist when not found', () => {
    const fw = testFramework();
    expect(findRole(fw, 'senior   engineer').id).toBe('senior');
    expect(() => findRole(fw, 'Wizard')).toThrow(UnknownRoleError);
    expect(() => findRole(fw, 'Wizard')).toThrow(/known roles: Engineer I, Engineer II/);
  });
});

describe('names', () => {
  it('keys and unique slugs', () => {
    expect(nameKey('  Data   Analysis ')).toBe('data analysis');
    const slug = uniqueSlugger();
    expect([slug('Engineer II'), slug('Engineer-II'), slug('')]).toEqual(['engineer-ii', 'engineer-ii-2', 'item']);
  });
});

describe('assessments', () => {
  it('effective level: latest manager level, else latest self; history is kept', () => {
    const history = appendAssertions([assertion('code', 2, 'self', '2026-01-01'), assertion('code', 3, 'self', '2026-03-01')], [assertion('design', 2, 'peer')]);
    let eff = effectiveLevels(history);
    expect(eff.get('code')).toMatchObject({ level: 3, basis: 'self' });
    expect(eff.has('design')).toBe(false);
    const withManager = appendAssertions(history, [assertion('code', 2, 'manager', '2026-02-01')]);
    eff = effectiveLevels(withManager);
    expect(eff.get('code')).toMatchObject({ level: 2, basis: 'manager', disagreement: false });
    expect(historyOf(withManager, 'code').map((a) => a.level)).toEqual([2, 2, 3]);
    expect(history).toHaveLength(3);
  });
  it('flags a self/manager disagreement of two or more levels', () => {
    const eff = effectiveLevels([assertion('code', 5, 'self'), assertion('code', 3, 'manager'), assertion('comms', 4, 'self'), assertion('comms', 3, 'manager')]);
    expect(eff.get('code')!.disagreement).toBe(true);
    expect(eff.get('comms')!.disagreement).toBe(false);
  });
});

describe('plan and framework files', () => {
  const fw = testFramework();
  const plan = createPlan({ id: 'p1', framework: fw, employee: ALEX, manager: DANA, currentRoleId: 'eng2', targetRoleId: 'senior', by: 'alex@example.com', now: '2026-01-15T09:00:00.000Z' });
  it('round-trips through JSON', () => {
    expect(readPlan(toFileJson(plan), 'p1.plan.json')).toEqual(plan);
    expect(readFramework(toFileJson(fw), 'fw.json')).toEqual(fw);
  });
  it('migrates a schemaVersion 1 plan (one approver, done flags)', () => {
    const { approvers, ...rest } = JSON.parse(toFileJson(plan));
    const v1 = { ...rest, schemaVersion: 1, approver: { name: 'Morgan' }, milestones: rest.milestones.map((m: { status?: string }, i: number) => { const { status, ...x } = m; return { ...x, done: i === 0 }; }) };
    expect(approvers).toEqual([]);
    const migrated = readPlan(v1, 'old.json');
    expect(migrated.schemaVersion).toBe(3);
    expect(migrated.approvers).toEqual([{ name: 'Morgan' }]);
    expect(migrated.milestones[0]!.status).toBe('done');
    expect(migrated.milestones[1]!.status).toBe('planned');
  });
  it('migrates a schemaVersion 1 framework (no level descriptors) and keeps descriptors through a save', () => {
    const fw = testFramework();
    const v1 = JSON.parse(toFileJson(fw));
    v1.schemaVersion = 1;
    for (const c of v1.competencies) delete c.descriptors;
    const migrated = readFramework(JSON.stringify(v1), 'old.framework.json');
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.competencies.every((c) => c.descriptors.length === 0)).toBe(true);
    const described = { ...migrated, competencies: migrated.competencies.map((c, i) => (i === 0 ? { ...c, descriptors: [{ level: 3, text: 'Designs services other teams rely on' }] } : c)) };
    expect(readFramework(toFileJson(described), 'fw.json').competencies[0]!.descriptors).toEqual([{ level: 3, text: 'Designs services other teams rely on' }]);
  });
  it('says which file and field are wrong, and refuses newer versions', () => {
    const broken = { ...JSON.parse(toFileJson(plan)) };
    broken.milestones[1].due = 'next spring';
    expect(() => readPlan(broken, 'alex.plan.json')).toThrow(/alex\.plan\.json: milestones\[1\]\.due: a date as YYYY-MM-DD/);
    expect(() => readPlan({ ...plan, schemaVersion: 9 }, 'x.json')).toThrow(/written by a newer Trellis/);
    expect(() => readPlan({ ...plan, kind: 'trellis.framework' }, 'x.json')).toThrow(FileFormatError);
    expect(() => readPlan('{nope', 'x.json')).toThrow(/x\.json: not valid JSON/);
  });
  it('generates JSON Schemas for the shared files', () => {
    const schemas = fileJsonSchemas();
    expect(schemas.plan.$id).toMatch(/plan\.v3\.schema\.json$/);
    expect(JSON.stringify(schemas.plan)).toContain('"milestones"');
    expect((schemas.framework.properties as Record<string, unknown>).transitions).toBeDefined();
  });
});

describe('default scale', () => {
  it('is the five-step proficiency scale', () => {
    expect(DEFAULT_SCALE.levels.map((l) => l.name)).toEqual(['Novice', 'Advanced beginner', 'Competent', 'Proficient', 'Expert']);
  });
});
