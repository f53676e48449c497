// Legends in the house styles HR writes them: "=", dashes with and without spaces, bare numbers, any list separator.
import { describe, expect, it } from 'vitest';
import { parseLegend } from './legend';

const names = (text: string) => parseLegend(text)?.levels.map((l) => `${l.rank} ${l.name}`);

describe('parseLegend', () => {
  it('reads "N = Name", "N: Name" and "N - Name"', () => {
    expect(names('Scale: 1 = Novice, 2 = Competent, 3 = Expert')).toEqual(['1 Novice', '2 Competent', '3 Expert']);
    expect(names('1: Novice; 2: Competent; 3: Expert')).toEqual(['1 Novice', '2 Competent', '3 Expert']);
    expect(names('1 - Novice | 2 - Competent | 3 - Expert')).toEqual(['1 Novice', '2 Competent', '3 Expert']);
  });

  it('reads "N-Name" and "N Name" lists separated by commas, semicolons, pipes, slashes, newlines or spaces', () => {
    const expected = ['1 Aware', '2 Capable', '3 Leading'];
    for (const text of [
      'Levels: 1-Aware, 2-Capable, 3-Leading',
      '1-Aware 2-Capable 3-Leading',
      '1 Aware | 2 Capable | 3 Leading',
      '1 Aware / 2 Capable / 3 Leading',
      '1-Aware/2-Capable/3-Leading',
      '1 – Aware; 2 – Capable; 3 – Leading',
      '1 Aware\n2 Capable\n3 Leading',
      'Proficiency scale: 1 Aware, 2 Capable, 3 Leading',
      'Key – 1-Aware, 2-Capable, 3-Leading',
    ]) {
      expect(names(text), text).toEqual(expected);
    }
  });

  it('keeps descriptions, and reads 0 = none and "blank = not required" as no requirement', () => {
    const legend = parseLegend('0-None, 1-Aware (has heard of it), 2-Capable, 3-Leading. Blank = not required');
    expect(legend?.levels).toEqual([
      { rank: 1, name: 'Aware', description: 'has heard of it' },
      { rank: 2, name: 'Capable' },
      { rank: 3, name: 'Leading' },
    ]);
    expect(legend?.notRequired).toEqual(['0', '']);
  });

  it('does not read titles, headers or sentences with numbers in them as a legend', () => {
    for (const text of [
      'Top 10 skills for 2 teams',
      'Data team - skills matrix 2026',
      'Skill; Grade 1 Analyst; Grade 2 Senior Analyst; Grade 3 Lead',
      'Competency; Level 1; Level 2; Level 3',
      '3 Engineers, 4 Designers',
      'Updated 1 March, 2 owners',
      '1 Basic knowledge of the tools and a willingness to learn them 2 Can apply',
    ]) {
      expect(parseLegend(text), text).toBeUndefined();
    }
  });
});
