import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../document/markdown';
import { ingestJobDescription } from '../job-description';
import { inheritanceIn } from './inheritance';

const texts = (list: { text: string }[]) => list.map((i) => i.text);

/** A two-level family where the second level builds on the first with `cue`, written where `under` says. */
function family(cue: string, under: 'level' | 'requirements') {
  const md = [
    '# Data Engineer job family',
    '## Data Engineer I',
    '### Responsibilities',
    '- Build and maintain ETL jobs under guidance',
    '### Requirements',
    '- Knowledge of Python',
    '## Data Engineer II',
    ...(under === 'level' ? [cue, '### Responsibilities', '- Own pipelines end to end', '### Requirements'] : ['### Responsibilities', '- Own pipelines end to end', '### Requirements', cue]),
    '- Experience with Airflow',
  ].join('\n');
  return ingestJobDescription(markdownToBlocks(md, 'family.md'));
}

describe('inheritance that names the level by its title', () => {
  for (const cue of ['Everything in Data Engineer I, plus:', 'Same as Data Engineer I, plus:', 'In addition to the Data Engineer I expectations:', "In addition to Data Engineer I's expectations:"]) {
    it(`"${cue}" gives the level everything of Data Engineer I`, () => {
      const result = family(cue, 'level');
      const second = result.roles[1]!;
      expect(texts(second.responsibilities)).toEqual(['Build and maintain ETL jobs under guidance', 'Own pipelines end to end']);
      expect(texts(second.requirements)).toEqual(['Knowledge of Python', 'Experience with Airflow']);
      expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      // the line is what the level builds on, never a competency of its own
      expect(second.competencies.map((c) => c.name)).toEqual(['Python', 'Airflow']);
    });
  }

  it('takes only the kind the cue names: "Includes all Data Engineer I responsibilities, and:"', () => {
    const second = family('Includes all Data Engineer I responsibilities, and:', 'level').roles[1]!;
    expect(texts(second.responsibilities)).toEqual(['Build and maintain ETL jobs under guidance', 'Own pipelines end to end']);
    expect(texts(second.requirements)).toEqual(['Experience with Airflow']);
  });

  it('"All of the Data Engineer I requirements, plus:" under Requirements finds the level without a false warning', () => {
    const result = family('All of the Data Engineer I requirements, plus:', 'requirements');
    expect(texts(result.roles[1]!.requirements)).toEqual(['Knowledge of Python', 'Experience with Airflow']);
    expect(texts(result.roles[1]!.responsibilities)).toEqual(['Own pipelines end to end']);
    expect(result.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });

  it('"Includes all of the expectations of the level below, and:" is the level before, not a level called "expectations of the"', () => {
    const result = family('Includes all of the expectations of the level below, and:', 'level');
    expect(texts(result.roles[1]!.requirements)).toEqual(['Knowledge of Python', 'Experience with Airflow']);
    expect(JSON.stringify(result.diagnostics)).not.toContain('builds on');
  });

  it('still warns when the named level is not on the page', () => {
    const result = family('Everything in Data Engineer IV, plus:', 'level');
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringContaining('builds on "Data Engineer IV"') }));
  });

  it('reads the cue and its kin, and leaves ordinary sentences alone', () => {
    expect(inheritanceIn('Includes all duties of level 1, plus:')).toEqual({ kinds: ['responsibilities'], from: 'level 1' });
    expect(inheritanceIn("In addition to the Senior Engineer's responsibilities, you will:")).toEqual({ kinds: ['responsibilities'], from: 'Senior Engineer' });
    expect(inheritanceIn('In addition to meeting all of the requirements of a Manager, Field Marketing, the Senior Manager will have the following:')).toEqual({ kinds: ['requirements', 'preferred'], from: 'Manager, Field Marketing' });
    // a level's requirements as listed hold its "… is a plus" items too (GitLab payroll family): they come along
    expect(inheritanceIn('This role includes all of the requirements above, plus:')).toEqual({ kinds: ['requirements', 'preferred'] });
    for (const sentence of ['Ensure all customer requirements are met', 'Make sure everything in the backlog is groomed', 'Review all requirements of the payments platform']) expect(inheritanceIn(sentence), sentence).toBeUndefined();
  });
});
