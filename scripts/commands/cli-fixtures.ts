// A temporary folder holding a framework, an assessment and objectives, for running CLI commands in-process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toFileJson } from '../../shared/model/files';
import { testFramework } from '../../shared/test/fixtures';

export const ASSESSMENT_CSV = [
  'competency,level,source,date,evidence',
  'Coding,3,self,2026-01-05,',
  'Coding,3,manager,2026-01-12,shipped the importer',
  'System design,2,manager,2026-01-12,',
  'Domain knowledge,2,manager,2026-01-12,',
  'Communication,2,self,2026-01-05,',
  'Communication,4,manager,2026-06-01,',
  '',
].join('\n');

/** A folder with framework.json, assessment.csv and objectives.json; returns its path. */
export function cliWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-cli-'));
  writeFileSync(join(dir, 'framework.json'), toFileJson(testFramework()));
  writeFileSync(join(dir, 'assessment.csv'), ASSESSMENT_CSV);
  writeFileSync(
    join(dir, 'objectives.json'),
    JSON.stringify({ currentRole: 'Engineer II', objectives: { beyondCurrentRole: ['Lead a cross-team project'], fiveYears: 'Staff engineer' } }),
  );
  return dir;
}
