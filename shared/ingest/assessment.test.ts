import { describe, expect, it } from 'vitest';
import { closestName, isCalendarDate, readAssessmentCsv } from './assessment';
import { testFramework } from '../test/fixtures';

const framework = testFramework();
const read = (text: string) => readAssessmentCsv(text, framework, { file: 'a.csv', today: '2026-11-24' });

describe('reading an assessment', () => {
  it('keeps every row as history, with sources, dates and evidence', () => {
    const { assertions, diagnostics } = read('competency,level,source,date,evidence\nCoding,2,self,2026-01-05,\n coding ,Competent,manager,2026-03-01,"Shipped the importer, with tests"\nMentoring,Not yet,manager,,\n');
    expect(diagnostics).toEqual([]);
    expect(assertions).toEqual([
      { competencyId: 'code', level: 2, source: 'self', date: '2026-01-05', evidence: '' },
      { competencyId: 'code', level: 3, source: 'manager', date: '2026-03-01', evidence: 'Shipped the importer, with tests' },
      { competencyId: 'mentor', level: 0, source: 'manager', date: '2026-11-24', evidence: '' },
    ]);
  });

  it('refuses levels off the scale or between its levels, and dates that do not exist, naming the line', () => {
    const { assertions, diagnostics } = read('competency,level,source,date\nCoding,-7,manager,2026-01-05\nSystem design,2.5,self,\nMentoring,9,self,\nCommunication,3,self,2026-02-30\nDomain knowledge,3,self,2026-13-45\n');
    expect(assertions).toEqual([]);
    expect(diagnostics.map((d) => d.line)).toEqual([2, 3, 4, 5, 6]);
    expect(diagnostics[0]!.message).toMatch(/^level "-7" for Coding is not on the scale Proficiency 1–5: use one of 1 = Novice, .*5 = Expert, or "Not yet"$/);
    expect(diagnostics[1]!.message).toMatch(/^level "2\.5" for System design is not on the scale/);
    expect(diagnostics[2]!.message).toMatch(/^level "9" for Mentoring is not on the scale/);
    expect(diagnostics[3]!.message).toBe('date "2026-02-30" is not a real date: write it as YYYY-MM-DD (for example 2026-11-24)');
    expect(diagnostics[4]!.message).toMatch(/^date "2026-13-45" is not a real date/);
  });

  it('counts lines as the file has them, after evidence that spans lines', () => {
    const { diagnostics } = read('competency,level,evidence\nCoding,3,"Line one\nline two"\nJuggling,2,\n');
    // Coding's evidence takes lines 2 and 3, so Juggling is on line 4
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', file: 'a.csv', line: 4 })]);
  });

  it('suggests the name meant by a typo', () => {
    const { diagnostics } = read('competency,level\nCommmunication,3\nCodign,Compitent\n');
    expect(diagnostics[0]!.message).toMatch(/unknown competency "Commmunication": did you mean "Communication"\?/);
    expect(diagnostics[1]!.message).toMatch(/unknown competency "Codign": did you mean "Coding"\?/);
    expect(read('competency,level\nCoding,Compitent\n').diagnostics[0]!.message).toMatch(/did you mean "Competent"\?/);
    expect(closestName('Astronomy', framework.competencies.map((c) => c.name))).toBeUndefined();
  });

  it('knows real calendar dates', () => {
    expect(['2026-02-28', '2024-02-29', '2026-12-31'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2026-02-29', '2026-04-31', '2026-00-10', '26-01-01', '2026-1-1'].map(isCalendarDate)).toEqual([false, false, false, false, false]);
  });
});
