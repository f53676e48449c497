// The KSA matrix reader on the shapes HR really uses, each quirk in a fixture of its own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FrameworkSchema, tracksOf, transitionsOf, type Framework } from '../model/framework';
import type { Diagnostic } from './diagnostics';
import { csvToGrid } from './grid/csv';
import { valuesToGrid } from './grid/values';
import { ingestKsaMatrix, type MatrixResult } from './ksa-matrix';
import { comp, diag, fw, levelOf, role } from '../test/matrix-reading';

const csv = (text: string, sheet = 'Sheet1', file?: string) => csvToGrid(text, { sheet, file });
const trackTitles = (f: Framework) => Object.fromEntries([...tracksOf(f)].map(([track, roles]) => [track, roles.map((r) => r.title)]));
const where = (d: Diagnostic) => `${d.severity} ${d.sheet}!${d.cell ?? '-'}`;
const errors = (result: MatrixResult) => result.diagnostics.filter((d) => d.severity === 'error');

describe('the bundled example', () => {
  const root = new URL('../../examples/', import.meta.url);
  const read = (name: string) => csvToGrid(readFileSync(new URL(name, root), 'utf8'), { sheet: name.replace(/\.csv$/, ''), file: `examples/${name}` });
  const result = ingestKsaMatrix([read('ksa-matrix.csv'), read('transitions.csv')]);
  const f = fw(result);

  it('reads tracks from the group header row, ranks from column order, and skips the notes column', () => {
    expect(result.diagnostics).toEqual([]);
    expect(f.name).toBe('Engineering department');
    expect(trackTitles(f)).toEqual({
      'Software Engineering': ['Engineer I', 'Engineer II', 'Senior Engineer', 'Staff Engineer'],
      'Engineering Management': ['Engineering Manager', 'Senior Engineering Manager'],
      Product: ['Associate Product Manager', 'Product Manager'],
    });
    expect(f.roles.map((r) => r.rank)).toEqual([1, 2, 3, 4, 1, 2, 1, 2]);
    expect(f.roles.some((r) => /notes/i.test(r.title))).toBe(false);
    expect(role(f, 'Engineering Manager').management).toBe(true);
    expect(role(f, 'Product Manager').management).toBe(false);
  });

  it('sets kinds and categories from the KNOWLEDGE / SKILLS / ABILITIES rows and the K/S/A column', () => {
    const byKind = (kind: string) => f.competencies.filter((c) => c.kind === kind).map((c) => c.name);
    expect(byKind('knowledge')).toEqual(['Domain knowledge (payments)', 'Software architecture', 'Product analytics', 'Employment policy and practice']);
    expect(byKind('skill')).toHaveLength(9);
    expect(byKind('ability')).toEqual(['Communication', 'Collaboration across teams', 'Decision making under uncertainty', 'Coaching and feedback']);
    expect(comp(f, 'Coding').category).toBe('Skills');
    expect(comp(f, 'Communication').description).toBe('Written and spoken; includes presenting to leadership');
  });

  it('reads levels on the legend scale, blank = not required, and where each came from', () => {
    expect(f.scales.map((s) => s.levels.map((l) => l.name))).toEqual([['Novice', 'Advanced beginner', 'Competent', 'Proficient', 'Expert']]);
    expect(levelOf(f, 'Staff Engineer', 'Software architecture')).toBe(5);
    expect(levelOf(f, 'Associate Product Manager', 'Coding')).toBeUndefined();
    expect(role(f, 'Engineer I').competencies[0]).toEqual({ competencyId: 'domain-knowledge-payments', level: 1, importance: 3 });
  });

  it('adds the lateral moves and the exploratory project from transitions.csv; promotions come from the tracks', () => {
    const moves = transitionsOf(f).map((t) => `${t.from} > ${t.to}: ${t.type}`);
    expect(f.transitions).toHaveLength(5);
    expect(moves).toEqual(
      expect.arrayContaining([
        'senior-engineer > engineering-manager: lateral',
        'engineer-ii > associate-product-manager: exploratory',
        'engineer-i > engineer-ii: promotion',
        'engineering-manager > senior-engineering-manager: promotion',
        'associate-product-manager > product-manager: promotion',
      ]),
    );
    expect(f.transitions[0]!.note).toMatch(/management track starts here/);
  });
});

describe('title and legend rows', () => {
  it('finds the header below them, names the framework and the scale from them', () => {
    const result = ingestKsaMatrix([
      csv(['Data team - skills matrix 2026', '', 'Legend: 1 = Aware (has heard of it); 2 = Capable; 3 = Strong; 4 = Leads others. Blank = not needed', 'Skill,Analyst,Senior Analyst', 'SQL,2,3', 'Statistics,1,4'].join('\n')),
    ]);
    const f = fw(result);
    expect(f.name).toBe('Data team');
    expect(f.scales[0]!.levels).toEqual([
      { rank: 1, name: 'Aware', description: 'has heard of it' },
      { rank: 2, name: 'Capable' },
      { rank: 3, name: 'Strong' },
      { rank: 4, name: 'Leads others' },
    ]);
    expect(levelOf(f, 'Senior Analyst', 'Statistics')).toBe(4);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads a legend written one level per row, and a word legend', () => {
    const vertical = fw(ingestKsaMatrix([csv(['1 = Basic', '2 = Solid', '3 = Deep', 'Competency,Junior,Senior', 'Go,1,3'].join('\n'))]));
    expect(vertical.scales[0]!.levels.map((l) => l.name)).toEqual(['Basic', 'Solid', 'Deep']);
    const words = fw(ingestKsaMatrix([csv(['Levels: Awareness → Working → Practitioner → Expert', 'Competency,Junior,Senior', 'Go,working,Expert'].join('\n'))]));
    expect(levelOf(words, 'Junior', 'Go')).toBe(2);
    expect(levelOf(words, 'Senior', 'Go')).toBe(4);
  });
});

describe('orientation', () => {
  // roles as rows: a Track column (blanks below mean "same track"), a kind row above the header
  const turned = [
    'Support skills (by role)',
    ',,K,S,S,A',
    'Track,Role,Product knowledge,Troubleshooting,Writing,Patience',
    'Frontline,Agent I,2,1,2,3',
    ',Agent II,3,2,3,3',
    'Specialist,Specialist,4,4,Guru,4',
  ].join('\n');
  const result = ingestKsaMatrix([csv(turned, 'Support')]);
  const f = fw(result);

  it('detects roles as rows and reads tracks and kinds', () => {
    expect(trackTitles(f)).toEqual({ Frontline: ['Agent I', 'Agent II'], Specialist: ['Specialist'] });
    expect(f.competencies.map((c) => `${c.name}:${c.kind}`)).toEqual(['Product knowledge:knowledge', 'Troubleshooting:skill', 'Writing:skill', 'Patience:ability']);
    expect(levelOf(f, 'Agent II', 'Writing')).toBe(3);
    expect(result.sheets![0]!.shape).toBe('transposed matrix');
  });

  it('points diagnostics at the cell as the sheet shows it', () => {
    const [unknown] = diag(result, /"Guru" is not a level/);
    expect(where(unknown!)).toBe('error Support!E6');
    expect(unknown!.line).toBe(6);
  });
});

describe('a turned matrix from Sheets, with merged category headers over the competency columns', () => {
  it('reads the merges as categories and the roles by row', () => {
    const values = [
      ['', '', 'Technical', '', 'People'],
      ['Department', 'Role', 'Coding', 'Testing', 'Coaching'],
      ['Engineering', 'Engineer', 2, 2, ''],
      ['', 'Lead Engineer', 4, 3, 3],
    ];
    const result = ingestKsaMatrix([valuesToGrid(values, { sheet: 'Turned', merges: ['C1:D1', 'A3:A4'] })]);
    const f = fw(result);
    expect(result.sheets![0]!.shape).toBe('transposed matrix');
    expect(f.competencies.map((c) => `${c.name} (${c.category})`)).toEqual(['Coding (Technical)', 'Testing (Technical)', 'Coaching (People)']);
    expect(f.roles.map((r) => `${r.family}: ${r.track} / ${r.title} #${r.rank}`)).toEqual(['Engineering: Engineering / Engineer #1', 'Engineering: Engineering / Lead Engineer #2']);
    expect(levelOf(f, 'Lead Engineer', 'Coaching')).toBe(3);
  });
});

describe('group headers', () => {
  const values = [
    ['', 'Engineering', '', '', 'Design', ''],
    ['Competency', 'Engineer', 'Senior Engineer', 'Staff Engineer', 'Designer', 'Senior Designer'],
    ['Craft', 1, 2, 3, 1, 2],
    ['Communication', 1, 2, 3, 2, 3],
  ];
  it('reads merged ranges (Sheets and Excel) as tracks', () => {
    const f = fw(ingestKsaMatrix([valuesToGrid(values, { sheet: 'Team', merges: ['B1:D1', { row: 1, column: 5, numRows: 1, numColumns: 2 }] })]));
    expect(trackTitles(f)).toEqual({ Engineering: ['Engineer', 'Senior Engineer', 'Staff Engineer'], Design: ['Designer', 'Senior Designer'] });
  });
  it('reads blanks to the right (as CSV exports a merge) as the same track', () => {
    const f = fw(ingestKsaMatrix([valuesToGrid(values, { sheet: 'Team' })]));
    expect(trackTitles(f)).toEqual({ Engineering: ['Engineer', 'Senior Engineer', 'Staff Engineer'], Design: ['Designer', 'Senior Designer'] });
  });
  it('stops a merged group where the merge ends', () => {
    const v = [['', 'Engineering', '', '', ''], ['Competency', 'A', 'B', 'C', 'D'], ['Craft', 1, 2, 3, 4]];
    const f = fw(ingestKsaMatrix([valuesToGrid(v, { sheet: 'Team', merges: ['B1:C1'] })]));
    expect(role(f, 'B').track).toBe('Engineering');
    expect(role(f, 'C').track).toBe('Team');
  });
  it('reads group rows labelled "Track" and "Department" in the name column, in either order', () => {
    const v = [['Track', 'Backend', '', 'Data'], ['Department', 'Technology', '', ''], ['Skill', 'Dev', 'Senior Dev', 'Analyst'], ['SQL', 1, 2, 3]];
    const f = fw(ingestKsaMatrix([valuesToGrid(v, { sheet: 'S' })]));
    expect(f.roles.map((r) => `${r.family}/${r.track}/${r.title}`)).toEqual(['Technology/Backend/Dev', 'Technology/Backend/Senior Dev', 'Technology/Data/Analyst']);
  });
  it('reads a department row above the track row as the roles family', () => {
    const v = [['', 'Technology', '', ''], ['', 'Backend', '', 'Data'], ['Skill', 'Dev', 'Senior Dev', 'Analyst'], ['SQL', 1, 2, 3]];
    const f = fw(ingestKsaMatrix([valuesToGrid(v)]));
    expect(f.roles.map((r) => `${r.family}/${r.track}/${r.title}`)).toEqual(['Technology/Backend/Dev', 'Technology/Backend/Senior Dev', 'Technology/Data/Analyst']);
  });
});

describe('rows and columns people add', () => {
  const text = [
    'Competency,Type,Importance,Junior,Senior,Comments,Owner',
    'TECHNICAL SKILLS,,,,,,',
    'Coding,S,5,2,4,core,',
    'Testing,,,1,3,,',
    ',,,,,,',
    'Behaviours:,,,,,,',
    'Teamwork,A,2,2,3,,Alex',
    ',,,,,,',
    'Knowledge of HR law,,,1,,,',
  ].join('\n');
  const result = ingestKsaMatrix([csv(text, 'Team')]);
  const f = fw(result);

  it('reads category rows, K/S/A cells, blank separator rows and an importance column', () => {
    expect(f.competencies.map((c) => [c.name, c.kind, c.category])).toEqual([
      ['Coding', 'skill', 'Technical skills'],
      ['Testing', 'skill', 'Technical skills'],
      ['Teamwork', 'ability', 'Behaviours'],
      ['Knowledge of HR law', 'knowledge', 'Behaviours'],
    ]);
    expect(role(f, 'Senior').competencies.map((r) => r.importance)).toEqual([5, 3, 2]);
  });

  it('does not read the comments or owner columns as roles', () => {
    expect(f.roles.map((r) => r.title)).toEqual(['Junior', 'Senior']);
    expect(comp(f, 'Coding').description).toBe('core');
  });
});

describe('more habits of real sheets', () => {
  it('reads a matrix whose name column has no header, titles typed over two lines, and skips a totals row', () => {
    const result = ingestKsaMatrix([valuesToGrid([['', 'Senior\nEngineer', 'Staff  Engineer'], ['Coding', 3, 4], ['Design', 2, 5], ['Total', 5, 9]], { sheet: 'T' })]);
    const f = fw(result);
    expect(f.roles.map((r) => r.title)).toEqual(['Senior Engineer', 'Staff Engineer']);
    expect(f.competencies.map((c) => c.name)).toEqual(['Coding', 'Design']);
    expect(where(diag(result, /row "Total" reads as a summary/)[0]!)).toBe('info T!A4');
  });

  it('reads ticks as "required at the first level" and says so once, at the first tick', () => {
    const result = ingestKsaMatrix([csv('Skill,Analyst,Lead\nSQL,x,x\nPython,,✓\nModelling,L3,3\n', 'Ticks')]);
    const f = fw(result);
    expect(role(f, 'Lead').competencies.map((r) => r.level)).toEqual([1, 1, 3]);
    expect(levelOf(f, 'Analyst', 'Modelling')).toBe(3);
    const [tick] = diag(result, /3 cell\(s\) such as this one hold a tick/);
    expect(where(tick!)).toBe('warning Ticks!B2');
  });
});

describe('scales', () => {
  it('reads O*NET-style 0–7 levels without a legend, and says so', () => {
    const result = ingestKsaMatrix([csv('Skill,Analyst,Lead\nModelling,0,7\nSQL,3,6\n', 'Data')]);
    const f = fw(result);
    expect(f.scales[0]!.levels.map((l) => l.rank)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(levelOf(f, 'Lead', 'Modelling')).toBe(7);
    expect(levelOf(f, 'Analyst', 'Modelling')).toBe(0);
    diag(result, /levels run up to 7/);
  });

  it('uses the default 1–5 scale when the cells fit it, and recognises common word scales', () => {
    const numbers = fw(ingestKsaMatrix([csv('Skill,A,B\nX,1,5\n')]));
    expect(numbers.defaultScaleId).toBe('proficiency-1-5');
    const result = ingestKsaMatrix([csv('Skill,A,B\nX,Basic,Expert\nY,intermediate,Expret\n', 'W')]);
    const words = fw(result);
    expect(words.scales[0]!.levels.map((l) => l.name)).toEqual(['Basic', 'Intermediate', 'Advanced', 'Expert']);
    expect(levelOf(words, 'B', 'X')).toBe(4);
    // a misspelt word of the family is a mistake at its cell, not a level of the sheet's own
    expect(where(diag(result, /"Expret" is not a level of the scale 1 = Basic … 4 = Expert/)[0]!)).toBe('error W!C3');
  });

  it('reads a scale tab as the legend of the matrix tabs', () => {
    const scale = valuesToGrid([['Level', 'Name', 'Description'], [1, 'Learning', 'needs help'], [2, 'Doing', ''], [3, 'Teaching', '']], { sheet: 'Scale' });
    const matrix = valuesToGrid([['Competency', 'Intern', 'Lead'], ['Research', 'Learning', 'teaching']], { sheet: 'Matrix' });
    const result = ingestKsaMatrix([scale, matrix]);
    const f = fw(result);
    expect(f.scales[0]!.levels[0]).toEqual({ rank: 1, name: 'Learning', description: 'needs help' });
    expect(levelOf(f, 'Lead', 'Research')).toBe(3);
    expect(result.sheets!.map((s) => s.shape)).toEqual(['scale', 'matrix']);
  });

  it('treats "-", "n/a" and 0 on a 1–5 scale as not required; rounds 2.5', () => {
    const result = ingestKsaMatrix([csv('Skill,A,B,C,D\nX,-,n/a,0,2.6\n', 'S')]);
    const f = fw(result);
    expect(role(f, 'A').competencies).toEqual([]);
    expect(levelOf(f, 'D', 'X')).toBe(3);
    expect(where(diag(result, /rounded to the nearest level/)[0]!)).toBe('info S!E2');
  });
});

describe('long format', () => {
  it('pivots one row per role, competency and level, with tracks, kinds and importance', () => {
    const text = ['Track,Role,Competency,Type,Level,Importance', 'Eng,Engineer,Coding,S,2,5', 'Eng,Engineer,Domain,K,1,', 'Eng,Senior,Coding,S,4,5', 'Eng,Senior,Domain,K,3,2', 'PM,Product Manager,Domain,K,4,4'].join('\n');
    const result = ingestKsaMatrix([csv(text, 'Export')]);
    const f = fw(result);
    expect(trackTitles(f)).toEqual({ Eng: ['Engineer', 'Senior'], PM: ['Product Manager'] });
    expect(role(f, 'Senior').competencies.map((r) => [r.level, r.importance])).toEqual([
      [4, 5],
      [3, 2],
    ]);
    expect(comp(f, 'Domain').kind).toBe('knowledge');
    expect(result.sheets![0]!.shape).toBe('long format');
  });

  it('reads O*NET IM/LV rows: LV levels on 0–7, IM as importance, kinds and groups from element ids', () => {
    const rows = [
      ['O*NET-SOC Code', 'Element ID', 'Element Name', 'Scale ID', 'Data Value', 'N', 'Not Relevant'],
      ['11-1011.00', '2.A.1.a', 'Reading Comprehension', 'IM', '4.12', '8', 'n/a'],
      ['11-1011.00', '2.A.1.a', 'Reading Comprehension', 'LV', '4.62', '8', 'N'],
      ['11-1011.00', '2.C.1.a', 'Administration and Management', 'IM', '4.6', '8', 'n/a'],
      ['11-1011.00', '2.C.1.a', 'Administration and Management', 'LV', '6.1', '8', 'N'],
      ['11-1011.00', '2.B.3.e', 'Programming', 'IM', '1.0', '8', 'n/a'],
      ['11-1011.00', '2.B.3.e', 'Programming', 'LV', '0.00', '8', 'Y'],
      ['15-1252.00', '2.B.3.e', 'Programming', 'IM', '4.5', '8', 'n/a'],
      ['15-1252.00', '2.B.3.e', 'Programming', 'LV', '5.0', '8', 'N'],
    ];
    const result = ingestKsaMatrix([csvToGrid(rows.map((r) => r.join('\t')).join('\n'), { sheet: 'Skills', delimiter: '\t' })]);
    const f = fw(result);
    expect(f.scales[0]!.id).toBe('onet-level-0-7');
    expect(trackTitles(f)).toEqual({ '11-1011.00': ['11-1011.00'], '15-1252.00': ['15-1252.00'] });
    expect(role(f, '11-1011.00').competencies.map((r) => [r.competencyId, r.level, r.importance])).toEqual([
      ['2-a-1-a', 5, 4],
      ['2-c-1-a', 6, 5],
    ]);
    expect(comp(f, 'Administration and Management')).toMatchObject({ kind: 'knowledge', category: 'Business and management' });
    expect(comp(f, 'Programming')).toMatchObject({ kind: 'skill', category: 'Technical skills' });
    diag(result, /1 row\(s\) marked Not Relevant = Y/);
  });
});

describe('several sheets', () => {
  it('merges department sheets into one framework, sharing competencies by name', () => {
    const eng = valuesToGrid([['Competency', 'Engineer', 'Senior Engineer'], ['Coding', 2, 4], ['Communication', 2, 3]], { sheet: 'Engineering' });
    const sales = valuesToGrid([['Competency', 'Account Executive', 'Sales Manager'], ['Negotiation', 3, 4], ['communication ', 3, 4]], { sheet: 'Sales' });
    const f = fw(ingestKsaMatrix([eng, sales], { name: 'Acme' }));
    expect(f.competencies.map((c) => c.name)).toEqual(['Coding', 'Communication', 'Negotiation']);
    expect(f.roles.map((r) => `${r.family}: ${r.track} / ${r.title}`)).toEqual([
      'Engineering: Engineering / Engineer',
      'Engineering: Engineering / Senior Engineer',
      'Sales: Sales / Account Executive',
      'Sales: Sales / Sales Manager',
    ]);
    expect(levelOf(f, 'Sales Manager', 'Communication')).toBe(4);
    expect(role(f, 'Sales Manager').management).toBe(true);
  });

  it('keeps departments apart when both have a track of the same name', () => {
    const a = valuesToGrid([['', 'Management', ''], ['Skill', 'Lead', 'Head'], ['X', 1, 2]], { sheet: 'Ops' });
    const b = valuesToGrid([['', 'Management', ''], ['Skill', 'Lead', 'Head'], ['X', 2, 3]], { sheet: 'Finance' });
    const f = fw(ingestKsaMatrix([a, b]));
    expect(Object.keys(trackTitles(f))).toEqual(['Management', 'Finance / Management']);
    expect(transitionsOf(f).filter((t) => t.type === 'promotion')).toHaveLength(2);
  });

  it('joins Knowledge / Skills / Abilities tabs that list the same roles', () => {
    const tab = (sheet: string, name: string) => valuesToGrid([['Competency', 'Nurse', 'Senior Nurse'], [name, 2, 3]], { sheet });
    const f = fw(ingestKsaMatrix([tab('Knowledge', 'Pharmacology'), tab('Skills', 'Triage'), tab('Abilities', 'Composure')], { name: 'Ward' }));
    expect(f.roles.map((r) => r.title)).toEqual(['Nurse', 'Senior Nurse']);
    expect(role(f, 'Nurse').competencies).toHaveLength(3);
    expect(f.competencies.map((c) => c.kind)).toEqual(['knowledge', 'skill', 'ability']);
  });
});

describe('transitions', () => {
  const matrix = valuesToGrid(
    [
      ['', 'Engineering', '', 'Product', ''],
      ['Competency', 'Engineer', 'Senior Engineer', 'Product Manager', 'Engineer'],
      ['Coding', 2, 4, 1, 3],
    ],
    { sheet: 'Matrix' },
  );
  it('matches role names ignoring case and spaces, and infers the type when blank', () => {
    const moves = valuesToGrid([['From', 'To', 'Type', 'Note'], ['senior  engineer', 'product manager', 'Lateral', 'try it'], ['Engineering / Engineer', 'Senior Engineer', '', ''], ['Product / Engineer', 'Product Manager', 'rotation', '']], { sheet: 'Moves' });
    const result = ingestKsaMatrix([matrix, moves]);
    const f = fw(result);
    expect(f.transitions).toEqual([
      { from: 'senior-engineer', to: 'product-manager', type: 'lateral', note: 'try it' },
      { from: 'engineer', to: 'senior-engineer', type: 'promotion' },
      { from: 'product-engineer', to: 'product-manager', type: 'exploratory' },
    ]);
  });

  it('reports unknown, ambiguous and circular moves at their cells and keeps the rest', () => {
    const moves = valuesToGrid(
      [
        ['From', 'To', 'Type'],
        ['Engineer II', 'Product Manager', 'lateral'],
        ['Engineer', 'Product Manager', 'lateral'],
        ['Senior Engineer', 'Engineering / Engineer', 'promotion'],
        ['Senior Engineer', 'Senior Engineer', 'lateral'],
        ['Senior Engineer', 'Product Manager', 'sideways-ish'],
        ['Senior Engineer', 'Product Manager', 'lateral'],
        ['Senior Engineer', 'Product Manager', 'lateral'],
      ],
      { sheet: 'Moves' },
    );
    const result = ingestKsaMatrix([matrix, moves]);
    expect(where(diag(result, /no role "Engineer II" in the matrix/)[0]!)).toBe('error Moves!A2');
    expect(where(diag(result, /"Engineer" names roles in several tracks \(Engineering \/ Engineer, Product \/ Engineer\): write "Track \/ Title"/)[0]!)).toBe('error Moves!A3');
    expect(where(diag(result, /would make promotions go round in a circle/)[0]!)).toBe('error Moves!C4');
    expect(where(diag(result, /to itself/)[0]!)).toBe('error Moves!B5');
    expect(where(diag(result, /move type "sideways-ish"/)[0]!)).toBe('error Moves!C6');
    expect(where(diag(result, /listed twice/)[0]!)).toBe('warning Moves!A8');
    expect(fw(result).transitions).toEqual([{ from: 'senior-engineer', to: 'product-manager', type: 'lateral' }]);
  });
});

describe('diagnostics say where and what to do', () => {
  const text = [
    'Competency,Junior,Senior,Staff,Principal',
    'Coding,2,4,#REF!,',
    'Design,1,9,3,',
    'Testing,#N/A,Expret,#VALUE!,',
    ' coding ,1,2,3,',
    ',1,2,3,',
    'Review,1,2,3,',
  ].join('\n');
  const result = ingestKsaMatrix([csv(text, 'Eng', 'eng.csv'), csv('', 'Empty', 'empty.csv')]);
  const f = fw(result);

  it('reports every problem at once, each at its sheet, cell and line', () => {
    const list = result.diagnostics.map((d) => `${where(d)} ${d.message.split(/:| \(/)[0]}`);
    expect(list).toEqual([
      'warning Empty!- sheet "Empty" is empty',
      'info Eng!- no legend row',
      'error Eng!A5 duplicate competency "coding"',
      'warning Eng!A6 this row has levels but no competency name in A6',
      'error Eng!D2 the cell shows #REF!, a formula error',
      'error Eng!C3 level 9 is outside the scale 1 = Novice … 5 = Expert',
      'error Eng!B4 the cell shows #N/A, a formula error',
      'error Eng!C4 "Expret" is not a level of the scale 1 = Novice … 5 = Expert',
      'error Eng!D4 the cell shows #VALUE!, a formula error',
      'warning Eng!E1 role "Principal" has no levels in its column',
    ]);
    const dup = diag(result, /duplicate competency/)[0]!;
    expect(dup).toMatchObject({ file: 'eng.csv', line: 5 });
    expect(dup.message).toContain('same as "Coding" in A2');
    expect(dup.message).toContain('merge the two rows or rename one');
    expect(diag(result, /"Expret"/)[0]!.message).toContain('write Novice, Advanced beginner, Competent, Proficient, Expert (or 1–5)');
  });

  it('still returns what is safe to use', () => {
    expect(f.competencies.map((c) => c.name)).toEqual(['Coding', 'Design', 'Testing', 'Review']);
    expect(role(f, 'Senior').competencies.map((r) => r.level)).toEqual([4, 2]);
    expect(role(f, 'Principal').competencies).toEqual([]);
  });

  it('says when no sheet holds a matrix', () => {
    const none = ingestKsaMatrix([csv('Hello,world\nthis is,not a matrix\n', 'Notes', 'notes.csv')]);
    expect(none.framework).toBeUndefined();
    expect(none.diagnostics.map((d) => d.severity)).toEqual(['warning', 'error']);
    expect(none.diagnostics[1]!.message).toMatch(/no KSA matrix found in sheet "Notes"/);
  });

  it('reports duplicate role titles in one track, and columns of levels without a title', () => {
    const r = ingestKsaMatrix([valuesToGrid([['Competency', 'Dev', 'dev ', ''], ['Go', 1, 2, 3]], { sheet: 'T' })]);
    expect(where(diag(r, /role "dev" appears twice in track "T" \(also B1\)/)[0]!)).toBe('error T!C1');
    expect(where(diag(r, /holds levels but has no role title in D1/)[0]!)).toBe('warning T!D2');
  });

  it('reads error values from Apps Script display values', () => {
    const r = ingestKsaMatrix([valuesToGrid([['Competency', 'Dev'], ['Go', '#DIV/0!']], { sheet: 'T', displayValues: [['Competency', 'Dev'], ['Go', '#DIV/0!']] })]);
    expect(where(diag(r, /#DIV\/0!/)[0]!)).toBe('error T!B2');
  });

  it('says a thousand repeats of one mistake a hundred times, then counts the rest', () => {
    const rows = [['Competency', 'Dev'], ...Array.from({ length: 150 }, (_, i) => [`Skill ${i}`, '#REF!'])];
    const r = ingestKsaMatrix([valuesToGrid(rows, { sheet: 'T' })]);
    expect(r.diagnostics.filter((d) => /#REF!/.test(d.message))).toHaveLength(100);
    diag(r, /50 more cell\(s\) like B2 have the same problem/);
  });
});

describe('the DIRECT-style outline: domains, competencies and skills in cascading columns, no levels', () => {
  const text = [
    'competency_domain,competency,skill,description,slug,related_skills',
    'Data,,,"All about data",data,',
    ',Engineering,,"Pipelines",engineering,',
    ',,Modelling,"Ability to model",modelling,x|y',
    ',,Cleaning,"Ability to clean",cleaning,',
    'Software,,,"Code",software,',
    ',Craft,,"",craft,',
    ',,Testing,"Ability to test",testing,',
  ].join('\n');
  const result = ingestKsaMatrix([csv(text, 'direct')]);
  it('reads a catalogue with the outline as categories, and says there are no role columns', () => {
    const f = fw(result);
    expect(f.competencies.map((c) => [c.id, c.name, c.category])).toEqual([
      ['modelling', 'Modelling', 'Data / Engineering'],
      ['cleaning', 'Cleaning', 'Data / Engineering'],
      ['testing', 'Testing', 'Software / Craft'],
    ]);
    expect(f.roles).toEqual([]);
    expect(where(diag(result, /no role columns/)[0]!)).toBe('warning direct!C1');
    expect(result.sheets![0]!.shape).toBe('catalogue');
  });
});

describe('re-import', () => {
  const first = fw(ingestKsaMatrix([csv('Competency,Engineer,Senior\nCoding,2,4\nDesign,1,3\nLegacy,1,1\n', 'Eng')], { name: 'Eng' }));
  // an earlier version with hand-written details a matrix does not hold
  const previous: Framework = {
    ...first,
    competencies: first.competencies.map((c) => (c.name === 'Coding' ? { ...c, id: 'code', aliases: ['Programming'] } : c)),
    roles: first.roles.map((r) => (r.title === 'Senior' ? { ...r, summary: 'Leads projects', competencies: r.competencies.map((rc) => (rc.competencyId === 'coding' ? { ...rc, competencyId: 'code' } : rc)) } : { ...r, competencies: r.competencies.map((rc) => (rc.competencyId === 'coding' ? { ...rc, competencyId: 'code' } : rc)) })),
    transitions: [{ from: 'engineer', to: 'senior', type: 'promotion', note: 'usual' }],
  };
  const result = ingestKsaMatrix([csv('Competency,Engineer,Senior,Staff\nprogramming,2,4,5\nDesign,1,3,4\nLegacy 2,1,1,1\n', 'Eng')], { previous });
  const next = fw(result);

  it('bumps the version and keeps the ids of roles and competencies with the same names', () => {
    expect(next.version).toBe(previous.version + 1);
    expect(next.id).toBe(previous.id);
    expect(next.competencies.map((c) => c.id)).toEqual(['code', 'design', 'legacy-2']);
    expect(next.roles.map((r) => r.id)).toEqual(['engineer', 'senior', 'staff']);
    expect(role(next, 'Senior').summary).toBe('Leads projects');
    expect(next.transitions).toEqual(previous.transitions);
  });

  it('never gives a removed competency’s id to a new one, and lists what is gone', () => {
    // "Design?" is not "Design" (removed), though both slug to "design"
    const again = fw(ingestKsaMatrix([csv('Competency,Engineer\nDesign?,1\n', 'Eng')], { previous: next }));
    expect(again.competencies[0]!.id).toBe('design-2');
    diag(result, /competencies no longer in the matrix: Legacy/);
    diag(result, /version 2 replaces version 1: 2 role\(s\) and 2 competencies kept their ids/);
  });
});

describe('errors and warnings only where they belong', () => {
  it('a clean matrix gives no errors', () => {
    const r = ingestKsaMatrix([csv('Competency,A,B\nX,1,2\n')]);
    expect(errors(r)).toEqual([]);
  });
});

describe('an assessment’s summary sheet', () => {
  // the shape of Carvago's frontend assessment workbook (Carvago/career-framework, assets/frontend-assessment-template.xlsx):
  // a Summary tab whose columns are a weight and the level each area's sheet computed, by formulas a file saved without
  // calculation leaves empty
  const summary = valuesToGrid([
    ['Competency', 'Weight', 'Achieved level', 'Value'],
    ['Delivery', 0.3, '', ''],
    ['Know-how', 0.55, '', ''],
  ], { sheet: 'Summary' });
  const result = ingestKsaMatrix([summary, csv('Competency,Current level,Total\nDelivery,3,7\n', 'Scores')]);

  it('reads no role from a column of achieved or current levels, scores or totals', () => {
    expect(fw(result).roles).toEqual([]);
    diag(result, /column "Achieved level" was not read: not a role/);
    diag(result, /column "Total" was not read: not a role/);
    expect(result.diagnostics.some((d) => /role "Achieved level"/.test(d.message))).toBe(false);
  });
});

describe('a sheet’s own level words without a legend', () => {
  // a known family's words (Basic … Expert) plus words of the company's own ("Shadowing" for trainees, "Guru" at the top)
  const text = 'Competency,Trainee,Engineer,Senior,Staff\nCoding,Shadowing,Basic,Advanced,Guru\nDesign,Basic,Intermediate,Advanced,Expert\nTesting,Basic,Intermediate,Expert,Guru\n';
  const result = ingestKsaMatrix([csv(text, 'Eng')]);
  const f = fw(result);

  it('orders the words no scale knows by the rank of the roles that use them, the others by their family', () => {
    expect(f.scales[0]!.levels.map((l) => `${l.rank} ${l.name}`)).toEqual(['1 Shadowing', '2 Basic', '3 Intermediate', '4 Advanced', '5 Expert', '6 Guru']);
    expect(levelOf(f, 'Trainee', 'Coding')).toBe(1);
    expect(levelOf(f, 'Staff', 'Coding')).toBe(6);
    expect(levelOf(f, 'Staff', 'Design')).toBe(5);
    expect(errors(result)).toEqual([]);
    diag(result, /its own level words make the scale 1 = Shadowing … 6 = Guru/);
  });

  it('a word the senior roles use goes above one the junior roles use, whatever the order of the rows', () => {
    const g = fw(ingestKsaMatrix([csv('Competency,Junior,Senior\nDesign,Novice,Luminary\nCoding,Apprentice,Expert\nTesting,Novice,Expert\n', 'Eng')]));
    // at the same rank, a known scale's word comes first; the family's words no role uses stay in the scale
    expect(g.scales[0]!.levels.map((l) => l.name)).toEqual(['Novice', 'Apprentice', 'Advanced beginner', 'Competent', 'Proficient', 'Expert', 'Luminary']);
  });
});
