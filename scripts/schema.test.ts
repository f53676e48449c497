import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../shared/plan/generate';
import { toFileJson } from '../shared/model/files';
import { ALEX, DANA, MORGAN, testFramework } from '../shared/test/fixtures';
import { schemaFiles } from './schema-files';

const schemaDir = join(__dirname, '..', 'schema');

function validator(name: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(readFileSync(join(schemaDir, name), 'utf8')));
}

describe('the shipped JSON Schemas', () => {
  it('are what the zod schemas generate today (run `npm run schema` when this fails)', () => {
    const expected = schemaFiles();
    expect(readdirSync(schemaDir).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected)) expect(readFileSync(join(schemaDir, name), 'utf8'), name).toBe(text);
  });

  it('accept the files Trellis writes and reject a broken plan', () => {
    const framework = testFramework();
    const plan = createPlan({ id: 'p', framework, employee: ALEX, manager: DANA, approvers: [MORGAN], currentRoleId: 'eng2', targetRoleId: 'staff', by: ALEX.email!, now: '2026-11-24T09:00:00.000Z' });
    const validPlan = validator('plan.v3.schema.json');
    const validFramework = validator('framework.v2.schema.json');
    expect(validPlan(JSON.parse(toFileJson(plan))), JSON.stringify(validPlan.errors)).toBe(true);
    expect(validFramework(JSON.parse(toFileJson(framework))), JSON.stringify(validFramework.errors)).toBe(true);
    const broken = JSON.parse(toFileJson(plan));
    broken.milestones[0].due = 'next spring';
    broken.stage = 'daydreaming';
    expect(validPlan(broken)).toBe(false);
    expect(validPlan.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/milestones/0/due', '/stage']));
  });
});
