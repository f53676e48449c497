// Frameworks to and from 1EdTech CASE 1.1 JSON: the round trip keeps everything Trellis holds, identifiers are
// stable, an edited export updates the same framework, and a CASE package another tool wrote reads as a framework.
import { describe, expect, it } from 'vitest';
import { testFramework } from '../test/fixtures';
import { caseToFramework, frameworkToCase, isCasePackage, stableUuid } from './case';
import type { Framework } from '../model/framework';

const NOW = '2026-12-08T00:00:00Z';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function described(): Framework {
  const fw = testFramework();
  return {
    ...fw,
    competencies: fw.competencies.map((c) => (c.id === 'design' ? { ...c, description: 'Shapes systems', descriptors: [{ level: 2, text: 'Designs a feature across two services' }, { level: 3, text: 'Designs services other teams rely on' }] } : c)),
  };
}

describe('CASE 1.1', () => {
  it('exports a CFDocument, CFItems for groups, competencies, tracks and roles, associations and rubrics', () => {
    const pkg = frameworkToCase(described(), { now: NOW }) as any;
    expect(isCasePackage(pkg)).toBe(true);
    expect(pkg.CFDocument).toMatchObject({ title: 'Engineering', version: '1', creator: 'Trellis' });
    expect(pkg.CFDocument.identifier).toMatch(UUID);
    const types = pkg.CFItems.map((i: any) => i.CFItemType);
    expect(types.filter((t: string) => t === 'Competency')).toHaveLength(6);
    expect(types.filter((t: string) => t === 'Competency Group')).toHaveLength(4);
    expect(types.filter((t: string) => t === 'Job Role')).toHaveLength(6);
    for (const item of pkg.CFItems) expect(item.identifier).toMatch(UUID);
    const design = pkg.CFItems.find((i: any) => i.fullStatement === 'System design');
    const craft = pkg.CFItems.find((i: any) => i.fullStatement === 'Craft');
    expect(pkg.CFAssociations).toContainEqual(expect.objectContaining({ associationType: 'isChildOf', originNodeURI: expect.objectContaining({ identifier: design.identifier }), destinationNodeURI: expect.objectContaining({ identifier: craft.identifier }) }));
    const title = (id: string) => pkg.CFItems.find((i: any) => i.identifier === id)?.fullStatement;
    const precedes = pkg.CFAssociations.filter((a: any) => a.associationType === 'precedes').map((a: any) => `${title(a.originNodeURI.identifier)} → ${title(a.destinationNodeURI.identifier)}`);
    expect(precedes).toEqual(expect.arrayContaining(['Engineer I → Engineer II', 'Engineer II → Senior Engineer', 'Senior Engineer → Staff Engineer']));
    const rubric = pkg.CFRubrics.find((r: any) => r.title === 'System design');
    const levels = rubric.CFRubricCriteria[0].CFRubricCriterionLevels;
    expect(levels.map((l: any) => `${l.score} ${l.quality}: ${l.description}`)).toContain('3 Competent: Designs services other teams rely on');
    expect(rubric.CFRubricCriteria[0].CFItemURI.identifier).toBe(design.identifier);
  });

  it('round trip: what is exported is read back the same', () => {
    const fw = described();
    const back = caseToFramework(JSON.parse(JSON.stringify(frameworkToCase(fw, { now: NOW }))));
    expect(back.problems).toEqual([]);
    const read = back.framework!;
    expect(read.id).toBe(fw.id);
    expect(read.competencies).toEqual(fw.competencies);
    expect(read.roles.map((r) => ({ ...r, competencies: [...r.competencies].sort((a, b) => a.competencyId.localeCompare(b.competencyId)) }))).toEqual(fw.roles.map((r) => ({ ...r, competencies: [...r.competencies].sort((a, b) => a.competencyId.localeCompare(b.competencyId)) })));
    expect(read.transitions).toEqual(fw.transitions);
    expect(read.scales).toEqual(fw.scales);
  });

  it('identifiers are stable: exporting twice gives the same ids, and an edited export updates the same framework', () => {
    const fw = described();
    const first = frameworkToCase(fw, { now: NOW }) as any;
    const again = frameworkToCase(fw, { now: '2027-01-01T00:00:00Z' }) as any;
    expect(again.CFItems.map((i: any) => i.identifier)).toEqual(first.CFItems.map((i: any) => i.identifier));
    expect(again.CFAssociations.map((a: any) => a.identifier)).toEqual(first.CFAssociations.map((a: any) => a.identifier));
    // edit in a CASE tool: rename a competency, change a descriptor
    const edited = JSON.parse(JSON.stringify(first));
    edited.CFItems.find((i: any) => i.fullStatement === 'System design').fullStatement = 'Systems design';
    const level = edited.CFRubrics.find((r: any) => r.title === 'System design').CFRubricCriteria[0].CFRubricCriterionLevels.find((l: any) => l.score === 3);
    level.description = 'Designs platforms other teams build on';
    const read = caseToFramework(edited).framework!;
    expect(read.id).toBe(fw.id);
    const design = read.competencies.find((c) => c.id === 'design')!;
    expect(design.name).toBe('Systems design');
    expect(design.descriptors.find((d) => d.level === 3)!.text).toBe('Designs platforms other teams build on');
    expect(read.roles.find((r) => r.id === 'senior')!.competencies.find((c) => c.competencyId === 'design')).toEqual({ competencyId: 'design', level: 3, importance: 4 });
    expect(stableUuid('a')).toBe(stableUuid('a'));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
  });

  it('reads a CASE framework another tool wrote: its tree as groups and competencies, its rubric levels as the scale', () => {
    const link = (id: string) => ({ identifier: id, uri: `https://case.example/${id}`, title: id });
    const foreign = {
      CFDocument: { identifier: 'doc-1', uri: 'https://case.example/doc-1', title: 'Nursing competencies', version: '2' },
      CFItems: [
        { identifier: 'd1', fullStatement: 'Patient care', CFItemType: 'Domain' },
        { identifier: 'c1', fullStatement: 'Administers medication safely', humanCodingScheme: 'PC.1' },
      ],
      CFAssociations: [{ identifier: 'a1', associationType: 'isChildOf', originNodeURI: link('c1'), destinationNodeURI: link('d1') }],
      CFRubrics: [{ identifier: 'r1', CFRubricCriteria: [{ identifier: 'k1', CFItemURI: link('c1'), CFRubricCriterionLevels: [{ identifier: 'l1', quality: 'Novice', score: 1, description: 'Follows the five rights with supervision' }, { identifier: 'l2', quality: 'Proficient', score: 2, description: 'Checks the five rights for others' }] }] }],
    };
    const read = caseToFramework(foreign);
    expect(read.problems).toEqual([]);
    const fw = read.framework!;
    expect(fw.name).toBe('Nursing competencies');
    expect(fw.competencies).toEqual([expect.objectContaining({ name: 'Administers medication safely', category: 'Patient care', descriptors: [{ level: 1, text: 'Follows the five rights with supervision' }, { level: 2, text: 'Checks the five rights for others' }] })]);
    expect(fw.scales[0]!.levels.map((l) => l.name)).toEqual(['Novice', 'Proficient']);
    expect(caseToFramework({ CFDocument: { title: 7 }, CFItems: [] }).problems[0]).toMatch(/CFDocument/);
  });
});
