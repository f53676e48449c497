import { describe, expect, it } from 'vitest';
import { LEVEL_INK, LEVEL_PALETTE, levelHistoryChart, levelHistoryChartPng } from './level-history-chart';
import { decodePng } from '../test/png-decode';
import type { CompetencyHistory } from '../plan/progress';

const point = (date: string, level: number) => ({ date, level, levelName: String(level), evidence: '' });
const competencies: CompetencyHistory[] = [
  { competencyId: 'code', competency: 'Coding', required: 4, requiredName: '4', self: [point('2026-01-06', 2)], manager: [point('2026-01-06', 2), point('2026-03-12', 4)] },
  { competencyId: 'mentor', competency: 'Mentoring', required: 3, requiredName: '3', self: [point('2026-02-01', 1)], manager: [] },
  { competencyId: 'domain', competency: 'Domain', required: 2, requiredName: '2', self: [], manager: [] },
];
const colour = (ink: number) => [...LEVEL_PALETTE[ink]!];

describe('each competency\'s level over time as a PNG', () => {
  it('one numbered row a competency: the manager\'s steps solid, self dashed, the required level dotted', () => {
    const chart = levelHistoryChart(competencies, { minRank: 0, maxRank: 5 })!;
    const png = decodePng(levelHistoryChartPng(competencies, { minRank: 0, maxRank: 5 })!.png);
    expect([png.width, png.height]).toEqual([chart.width, chart.height]);
    expect(chart.rows.map((r) => r.number)).toEqual(['1', '2', '3']);
    const [code, mentor, domain] = chart.rows;
    // coding: the manager's line climbs to the required level on 12 March and stays there
    const climbed = code!.manager.at(-1)!;
    expect(climbed.y).toBe(code!.requiredY);
    expect(png.rgb(Math.round((code!.manager.at(-2)!.x + climbed.x) / 2), Math.round(climbed.y))).toEqual(colour(LEVEL_INK.manager));
    // before the climb, level 2 in green; the self line (also 2) lies under it
    expect(png.rgb(Math.round(code!.manager[0]!.x + 10), Math.round(code!.manager[0]!.y))).toEqual(colour(LEVEL_INK.manager));
    // mentoring: only a self level, dashed blue, below the dotted required level
    const selfRow = Array.from({ length: 200 }, (_, i) => png.rgb(Math.round(mentor!.self[0]!.x) + i, Math.round(mentor!.self[0]!.y)).join());
    expect(selfRow.filter((c) => c === colour(LEVEL_INK.self).join()).length).toBeGreaterThan(80);
    expect(selfRow.filter((c) => c === colour(LEVEL_INK.background).join()).length).toBeGreaterThan(30);
    expect(mentor!.requiredY).toBeLessThan(mentor!.self[0]!.y);
    // domain: nothing recorded, only the required level
    expect(domain!.self).toEqual([]);
    expect(domain!.manager).toEqual([]);
    expect(png.rgb(chart.plot.left + 1, Math.round(domain!.requiredY))).toEqual(colour(LEVEL_INK.required));
  });

  it('draws nothing when no level was recorded', () => {
    expect(levelHistoryChartPng([{ ...competencies[2]! }], { minRank: 0, maxRank: 5 })).toBeUndefined();
  });
});
