// Looks into what the KSA matrix reader returned, for its tests: the framework (held to its schema), a role, a
// competency, the level a role requires, and the diagnostics that match.
import { expect } from 'vitest';
import { FrameworkSchema, type Framework } from '../model/framework';
import type { MatrixResult } from '../ingest/ksa-matrix';

export const fw = (result: MatrixResult): Framework => {
  expect(result.framework, JSON.stringify(result.diagnostics)).toBeDefined();
  expect(FrameworkSchema.safeParse(result.framework).success).toBe(true);
  return result.framework!;
};
export const role = (f: Framework, title: string) => f.roles.find((r) => r.title === title)!;
export const comp = (f: Framework, name: string) => f.competencies.find((c) => c.name === name)!;
export const levelOf = (f: Framework, roleTitle: string, name: string) => role(f, roleTitle).competencies.find((rc) => rc.competencyId === comp(f, name).id)?.level;
export const diag = (result: MatrixResult, pattern: RegExp) => {
  const found = result.diagnostics.filter((d) => pattern.test(d.message));
  expect(found, `no diagnostic ${pattern} in ${JSON.stringify(result.diagnostics, null, 1)}`).not.toHaveLength(0);
  return found;
};
