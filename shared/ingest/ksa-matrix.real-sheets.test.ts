// The KSA matrix reader on more habits of real sheets: kinds typed as words, legends in every house style, roles as
// rows under a "Level" corner, one competency on sheets with different scales, headers merged over two rows, category
// rows in title case, level words misspelt.
import { describe, expect, it } from 'vitest';
import { csvToGrid } from './grid/csv';
import { valuesToGrid } from './grid/values';
import { ingestKsaMatrix, type MatrixResult } from './ksa-matrix';
import { comp, fw, levelOf, role } from '../test/matrix-reading';

const csv = (text: string, sheet = 'Sheet1') => csvToGrid(text, { sheet, file: `${sheet}.csv` });
const messages = (result: MatrixResult) => result.diagnostics.map((d) => `${d.severity} ${d.cell ?? '-'}: ${d.message}`);

describe('a Type column written as words', () => {
  const rows = ['Skill,Visual design,2,4', 'Ability,Communication,2,3', 'Skill,User research,2,3'];

  it('reads the header row, not the first data row, with Type before the names', () => {
    const f = fw(ingestKsaMatrix([csv(['Type,Competency,Designer,Senior Designer', ...rows].join('\n'), 'Design')]));
    expect(f.roles.map((r) => r.title)).toEqual(['Designer', 'Senior Designer']);
    expect(f.competencies.map((c) => `${c.name}: ${c.kind}`)).toEqual(['Visual design: skill', 'Communication: ability', 'User research: skill']);
    expect(levelOf(f, 'Senior Designer', 'Visual design')).toBe(4);
  });

  it('and with Type after the names', () => {
    const after = rows.map((r) => r.split(',')).map(([k, n, ...levels]) => [n, k, ...levels].join(','));
    const f = fw(ingestKsaMatrix([csv(['Competency,Type,Designer,Senior Designer', ...after].join('\n'), 'Design')]));
    expect(f.roles.map((r) => r.title)).toEqual(['Designer', 'Senior Designer']);
    expect(comp(f, 'Communication').kind).toBe('ability');
  });

  it('does not take a competency named "… skills" with rising levels for a header of numbered roles', () => {
    const f = fw(ingestKsaMatrix([csv([',Designer,Senior Designer', 'Visual design,2,4', 'Communication skills,2,3', 'Research skills,1,3'].join('\n'), 'Design')]));
    expect(f.roles.map((r) => r.title)).toEqual(['Designer', 'Senior Designer']);
    expect(f.competencies.map((c) => c.name)).toEqual(['Visual design', 'Communication skills', 'Research skills']);
  });

  it('still reads roles titled by number under a keyword', () => {
    const f = fw(ingestKsaMatrix([csv(['Competency,1,2,3', 'Coding,1,2,3', 'Testing,1,1,2'].join('\n'))]));
    expect(f.roles.map((r) => r.title)).toEqual(['1', '2', '3']);
    expect(levelOf(f, '3', 'Testing')).toBe(2);
  });
});

describe('legends in every house style', () => {
  const matrix = ['Competency,Junior,Mid,Senior', 'Coding,Aware,Capable,Leading', 'Testing,Aware,Capable,Leading', 'Design,,Aware,Capable'];

  it.each([
    ['"Levels: 1-Aware, 2-Capable, 3-Leading" in one cell', '"Levels: 1-Aware, 2-Capable, 3-Leading",,,'],
    ['"1-Aware 2-Capable 3-Leading"', '1-Aware 2-Capable 3-Leading,,,'],
    ['"1 Aware | 2 Capable | 3 Leading"', '1 Aware | 2 Capable | 3 Leading,,,'],
    ['a label and one level per cell', 'Legend:,1-Aware,2-Capable,3-Leading'],
  ])('reads the scale from %s', (_, legend) => {
    const result = ingestKsaMatrix([csv([legend, ...matrix].join('\n'), 'Team')]);
    const f = fw(result);
    expect(f.scales.map((s) => s.levels.map((l) => `${l.rank} ${l.name}`))).toEqual([['1 Aware', '2 Capable', '3 Leading']]);
    expect(levelOf(f, 'Senior', 'Coding')).toBe(3);
    expect(levelOf(f, 'Senior', 'Design')).toBe(2);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads a legend written one level per row without "="', () => {
    const f = fw(ingestKsaMatrix([csv(['1-Aware', '2-Capable', '3-Leading', ...matrix].join('\n'), 'Team')]));
    expect(f.scales[0]!.levels.map((l) => l.name)).toEqual(['Aware', 'Capable', 'Leading']);
    expect(f.roles.map((r) => r.title)).toEqual(['Junior', 'Mid', 'Senior']);
  });
});

describe('roles as rows under a "Level" corner', () => {
  const body = ['L1,1,1,,2,', 'L2,2,2,1,2,', 'L3,3,3,2,3,1', 'L4,4,4,3,3,2', 'L5,5,4,4,4,3'];

  it.each(['Level', 'Job level', 'Grade', 'Career level'])('reads "%s" over L1 … L5 as the roles of a turned matrix', (corner) => {
    const f = fw(ingestKsaMatrix([csv([`${corner},Coding,Testing,System design,Communication,Mentoring`, ...body].join('\n'), 'Ladder')]));
    expect(f.roles.map((r) => `${r.rank} ${r.title}`)).toEqual(['1 L1', '2 L2', '3 L3', '4 L4', '5 L5']);
    expect(f.competencies.map((c) => c.name)).toEqual(['Coding', 'Testing', 'System design', 'Communication', 'Mentoring']);
    expect(levelOf(f, 'L3', 'Mentoring')).toBe(1);
    expect(levelOf(f, 'L1', 'System design')).toBeUndefined();
  });

  it('with a Track column beside it', () => {
    const f = fw(ingestKsaMatrix([csv(['Track,Job level,Coding,Mentoring', 'Engineering,L1,1,', ',L2,2,1', 'Management,M1,3,3', ',M2,3,4'].join('\n'), 'Ladder')]));
    expect(f.roles.map((r) => `${r.track}: ${r.title}`)).toEqual(['Engineering: L1', 'Engineering: L2', 'Management: M1', 'Management: M2']);
    expect(levelOf(f, 'M2', 'Mentoring')).toBe(4);
  });

  it('says so when a Level column beside the competency names holds no levels', () => {
    const result = ingestKsaMatrix([csv(['Competency,Level,Engineer,Senior Engineer', 'Coding,Core,2,4', 'Testing,Core,2,3'].join('\n'), 'Eng')]);
    const f = fw(result);
    expect(f.roles.map((r) => r.title)).toEqual(['Engineer', 'Senior Engineer']);
    expect(messages(result)).toContain('info B1: column "Level" was not read: not a role: put one column per role, headed by the role title');
  });
});

describe('header cells merged down over two rows', () => {
  // Competency and Type typed once over the group row and the header row; the track merged over its roles
  const values = [
    ['Competency', 'Type', 'Operations', '', '', 'Intern', 'Notes'],
    ['', '', 'Associate', 'Specialist', 'Lead', '', ''],
    ['Scheduling', 'S', 1, 2, 3, 1, 'core'],
    ['Safety regulations', 'K', 2, 3, 4, 1, ''],
    ['Composure', 'A', 1, 2, 3, '', ''],
  ];
  const result = ingestKsaMatrix([valuesToGrid(values, { sheet: 'Ops', file: 'ops.xlsx', merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:F2', 'G1:G2'] })]);
  const f = fw(result);

  it('keeps the merged track header over its roles', () => {
    expect(f.roles.map((r) => `${r.track}: ${r.title}`)).toEqual(['Operations: Associate', 'Operations: Specialist', 'Operations: Lead', 'Ops: Intern']);
    expect(f.roles.map((r) => r.rank)).toEqual([1, 2, 3, 1]);
  });

  it('reads the merged headers as the columns they head: names, kinds, a role title, notes', () => {
    expect(f.competencies.map((c) => `${c.name}: ${c.kind}`)).toEqual(['Scheduling: skill', 'Safety regulations: knowledge', 'Composure: ability']);
    expect(comp(f, 'Scheduling').description).toBe('core');
    expect(levelOf(f, 'Intern', 'Safety regulations')).toBe(1);
    expect(role(f, 'Lead').competencies).toHaveLength(3);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('category rows in title case', () => {
  const text = ['Competency,Analyst,Senior Analyst,Manager', 'Technical,,,', 'SQL,2,3,2', 'Statistics,2,4,3', '', 'Leadership,,,', 'Stakeholder management,1,3,4', 'People management,,,4'].join('\n');
  const result = ingestKsaMatrix([csv(text, 'Data')]);
  const f = fw(result);

  it('reads a label alone on its row, with rows of levels below, as their category, and says so', () => {
    expect(f.competencies.map((c) => `${c.category}: ${c.name}`)).toEqual(['Technical: SQL', 'Technical: Statistics', 'Leadership: Stakeholder management', 'Leadership: People management']);
    expect(messages(result).filter((m) => m.startsWith('info A'))).toEqual([
      'info A2: "Technical" has no levels and stands alone on its row above rows that have them: read as the category of the rows below; if it is a competency, give the roles that need it a level',
      'info A6: "Leadership" has no levels and stands alone on its row above rows that have them: read as the category of the rows below; if it is a competency, give the roles that need it a level',
    ]);
  });

  it('warns at the name of a competency that no role requires', () => {
    const r = ingestKsaMatrix([csv(['Competency,Type,Analyst,Senior Analyst', 'SQL,S,2,3', 'Python,S,,', 'Statistics,K,2,4', 'Negotiation,S,,'].join('\n'), 'Data')]);
    expect(fw(r).competencies.map((c) => c.name)).toEqual(['SQL', 'Python', 'Statistics', 'Negotiation']);
    expect(messages(r).filter((m) => m.startsWith('warning'))).toEqual([
      'warning A3: no role requires "Python": give the roles that need it a level, or delete the row if it is a heading or not a competency',
      'warning A5: no role requires "Negotiation": give the roles that need it a level, or delete the row if it is a heading or not a competency',
    ]);
  });

  it('counts a competency another sheet requires as required', () => {
    const eng = csv(['Competency,Engineer', 'Coding,2', 'Writing,'].join('\n'), 'Eng');
    const docs = csv(['Competency,Writer', 'Writing,3'].join('\n'), 'Docs');
    expect(messages(ingestKsaMatrix([eng, docs])).filter((m) => m.startsWith('warning'))).toEqual([]);
  });
});

describe('kinds in a column headed "Category"', () => {
  it('reads them as kinds in long format', () => {
    const text = ['Job Title,Skill Name,Proficiency Level,Category', 'Analyst,SQL,2,Skill', 'Analyst,Statistics,1,Knowledge', 'Senior Analyst,SQL,3,Skill', 'Senior Analyst,Statistics,3,Knowledge', 'Senior Analyst,Stakeholder management,2,Ability'].join('\n');
    const f = fw(ingestKsaMatrix([csv(text, 'Long')]));
    expect(f.competencies.map((c) => `${c.name}: ${c.kind}`)).toEqual(['SQL: skill', 'Statistics: knowledge', 'Stakeholder management: ability']);
    expect(levelOf(f, 'Senior Analyst', 'Statistics')).toBe(3);
  });

  it('keeps real categories as categories, and a Type column wins over the category', () => {
    const text = ['Role,Competency,Level,Category,Type', 'Analyst,SQL,2,Technical,S', 'Analyst,Knowledge of GDPR,1,Skills,K'].join('\n');
    const f = fw(ingestKsaMatrix([csv(text, 'Long')]));
    expect(f.competencies.map((c) => `${c.name}: ${c.kind} / ${c.category}`)).toEqual(['SQL: skill / Technical', 'Knowledge of GDPR: knowledge / Skills']);
  });

  it('reads them as kinds in a matrix with one column per role', () => {
    const text = ['Category,Competency,Analyst,Senior Analyst', 'Skills,SQL,2,3', 'Knowledge,Statistics,1,3', 'Abilities,Composure,2,3'].join('\n');
    const f = fw(ingestKsaMatrix([csv(text, 'Data')]));
    expect(f.competencies.map((c) => `${c.name}: ${c.kind}`)).toEqual(['SQL: skill', 'Statistics: knowledge', 'Composure: ability']);
  });
});

describe('level words misspelt', () => {
  it('suggests the nearest level name at the cell', () => {
    const text = ['Levels: Awareness → Working → Practitioner → Expert', 'Competency,Junior,Senior', 'Coding,Working,Practioner', 'Testing,Awarness,Guru', 'Design,Awareness,Expert', 'Review,Working,Expert'].join('\n');
    const result = ingestKsaMatrix([csv(text, 'Team')]);
    expect(messages(result)).toEqual([
      'error C3: "Practioner" is not a level of the scale 1 = Awareness … 4 = Expert: did you mean "Practitioner"? Otherwise write Awareness, Working, Practitioner, Expert (or 1–4), or leave the cell blank when not required',
      'error B4: "Awarness" is not a level of the scale 1 = Awareness … 4 = Expert: did you mean "Awareness"? Otherwise write Awareness, Working, Practitioner, Expert (or 1–4), or leave the cell blank when not required',
      'error C4: "Guru" is not a level of the scale 1 = Awareness … 4 = Expert: write Awareness, Working, Practitioner, Expert (or 1–4), or leave the cell blank when not required',
    ]);
  });
});

describe('one competency on sheets with different scales or kinds', () => {
  const engineering = valuesToGrid(
    [['Scale: 1 = Novice, 2 = Developing, 3 = Skilled, 4 = Advanced, 5 = Expert'], ['Competency', 'Engineer', 'Senior Engineer'], ['Coding', 2, 4], ['Communication', 3, 5]],
    { sheet: 'Engineering' },
  );
  const design = valuesToGrid(
    [['Scale: 1 = Basic, 2 = Intermediate, 3 = Advanced'], ['Competency', 'Type', 'Designer', 'Senior Designer'], ['Visual design', 'S', 'Intermediate', 'Advanced'], ['communication ', 'A', 'Basic', 'Advanced']],
    { sheet: 'Design' },
  );

  it('keeps each level meaning what its sheet said: a competency of its own per scale, said at the cell', () => {
    const result = ingestKsaMatrix([engineering, design], { name: 'Acme' });
    const f = fw(result);
    expect(f.competencies.map((c) => c.name)).toEqual(['Coding', 'Communication', 'Visual design', 'Communication (Design)']);
    const scaleOf = (name: string) => f.scales.find((s) => s.id === (comp(f, name).scaleId ?? f.defaultScaleId))!;
    expect(scaleOf('Communication').levels.map((l) => l.name)).toEqual(['Novice', 'Developing', 'Skilled', 'Advanced', 'Expert']);
    expect(scaleOf('Communication (Design)').levels.map((l) => l.name)).toEqual(['Basic', 'Intermediate', 'Advanced']);
    // Senior Designer's "Advanced" is 3 of 3, not 3 of 5
    expect(levelOf(f, 'Senior Designer', 'Communication (Design)')).toBe(3);
    expect(levelOf(f, 'Senior Engineer', 'Communication')).toBe(5);
    expect(comp(f, 'Communication (Design)').kind).toBe('ability');
    expect(messages(result).filter((m) => !m.startsWith('info'))).toEqual([
      'warning A4: "communication" is also on sheet "Engineering", where its levels are on the scale 1 = Novice … 5 = Expert; here they are on 1 = Basic … 3 = Advanced, so it was read as a competency of its own, "Communication (Design)", and no level changed its meaning. To make them one, use the same scale (legend) on both sheets',
    ]);
  });

  it('shares the kept-apart competency among the sheets on its scale', () => {
    const research = valuesToGrid([['Scale: 1 = Basic, 2 = Intermediate, 3 = Advanced'], ['Competency', 'Researcher'], ['Communication', 'Intermediate']], { sheet: 'Research' });
    const f = fw(ingestKsaMatrix([engineering, design, research], { name: 'Acme' }));
    expect(f.competencies.map((c) => c.name)).toEqual(['Coding', 'Communication', 'Visual design', 'Communication (Design)']);
    expect(levelOf(f, 'Researcher', 'Communication (Design)')).toBe(2);
  });

  it('merges one on the same scale, takes a kind one sheet states over another’s default, and says when two stated kinds differ', () => {
    const a = valuesToGrid([['Competency', 'Engineer'], ['Communication', 2], ['Coding', 3]], { sheet: 'Eng' });
    const b = valuesToGrid([['Competency', 'Type', 'Designer'], ['Communication', 'A', 2], ['Coding', 'K', 1]], { sheet: 'Design' });
    const c = valuesToGrid([['Competency', 'Type', 'Writer'], ['Communication', 'S', 3]], { sheet: 'Docs' });
    const result = ingestKsaMatrix([a, b, c], { name: 'Acme' });
    const f = fw(result);
    expect(f.competencies.map((x) => `${x.name}: ${x.kind}`)).toEqual(['Communication: ability', 'Coding: knowledge']);
    expect(levelOf(f, 'Writer', 'Communication')).toBe(3);
    expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.sheet}!${d.cell}: ${d.message}`)).toEqual([
      'Docs!A2: "Communication" is an ability on sheet "Design" and a skill here: it was kept an ability; make the two types agree',
    ]);
  });
});

describe('a legend written once, on the first tab', () => {
  const engineering = valuesToGrid(
    [['Scale: 1 = Novice, 2 = Developing, 3 = Skilled, 4 = Advanced, 5 = Expert'], ['Competency', 'Engineer', 'Senior Engineer'], ['Coding', 2, 4], ['Communication', 3, 5]],
    { sheet: 'Engineering' },
  );

  it('reads a tab without a legend on it when all its levels fit, and says so', () => {
    const design = valuesToGrid([['Competency', 'Designer', 'Senior Designer'], ['Visual design', 2, 'Advanced'], ['Communication', 2, 3]], { sheet: 'Design' });
    const result = ingestKsaMatrix([engineering, design], { name: 'Acme' });
    const f = fw(result);
    expect(f.competencies.map((c) => c.name)).toEqual(['Coding', 'Communication', 'Visual design']);
    expect(f.scales).toHaveLength(1);
    expect(levelOf(f, 'Senior Designer', 'Visual design')).toBe(4);
    expect(messages(result)).toEqual([
      'info -: no legend on this sheet: its levels are read on the legend of sheet "Engineering" (1 = Novice … 5 = Expert), which they all fit. If this sheet means other levels, add its own legend row',
    ]);
  });

  it('does not when the tab’s levels are not on it, and then names every level of both scales', () => {
    const design = valuesToGrid([['Competency', 'Designer', 'Senior Designer'], ['Visual design', 2, 'Proficient'], ['Communication', 2, 3]], { sheet: 'Design' });
    const result = ingestKsaMatrix([engineering, design], { name: 'Acme' });
    expect(fw(result).competencies.map((c) => c.name)).toEqual(['Coding', 'Communication', 'Visual design', 'Communication (Design)']);
    expect(messages(result).filter((m) => m.startsWith('warning'))).toEqual([
      'warning A3: "Communication" is also on sheet "Engineering", where its levels are on the scale 1 = Novice, 2 = Developing, 3 = Skilled, 4 = Advanced, 5 = Expert; here they are on 1 = Novice, 2 = Advanced beginner, 3 = Competent, 4 = Proficient, 5 = Expert, so it was read as a competency of its own, "Communication (Design)", and no level changed its meaning. To make them one, use the same scale (legend) on both sheets',
    ]);
  });
});
