import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planIdOf, readableIdPart, transliterate } from './plan-id';

describe('plan ids for every script', () => {
  it('keeps Latin names as the readable slug they always were', () => {
    expect(planIdOf('Alex Rivera', 'Senior Engineer')).toBe('alex-rivera-senior-engineer');
    expect(planIdOf('José Núñez', 'Staff Engineer')).toBe('jose-nunez-staff-engineer');
    expect(planIdOf('Søren Weiß', 'R&D Lead')).toBe('soren-weiss-r-and-d-lead');
  });

  it('romanises Cyrillic and Greek by their standard tables', () => {
    expect(transliterate('Юлия Щербакова')).toBe('iuliia shcherbakova');
    expect(readableIdPart('Юлия Щербакова')).toBe('iuliia-shcherbakova');
    expect(readableIdPart('Νίκος Παπαδόπουλος')).toBe('nikos-papadopoulos');
  });

  it('gives names without a standard romanisation (Chinese, Arabic) distinct, stable ids', () => {
    const names = ['王伟', '李娜', 'محمد علي', 'فاطمة الزهراء', 'דוד כהן', 'राज कुमार'];
    const ids = names.map((n) => planIdOf(n, 'Senior Engineer'));
    expect(new Set(ids).size).toBe(names.length);
    for (const id of ids) expect(id).toMatch(/^u[0-9a-z]{7}-senior-engineer$/);
    expect(planIdOf('王伟', 'Senior Engineer')).toBe(ids[0]);
    // a name mixing scripts keeps its Latin part readable, and stays apart from the Latin part alone
    expect(planIdOf('Wang 王伟', 'Senior Engineer')).toMatch(/^wang-[0-9a-z]{7}-senior-engineer$/);
    expect(planIdOf('Wang 王伟', 'Senior Engineer')).not.toBe(planIdOf('Wang 李娜', 'Senior Engineer'));
  });

  it('ignores zero-width characters, so a name with one hidden inside is the same person', () => {
    expect(planIdOf('王\u200b伟', 'Senior Engineer')).toBe(planIdOf('王伟', 'Senior Engineer'));
  });

  it('is file-safe and short for any name: distinct names in non-Latin scripts never share an id', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }), fc.string({ maxLength: 80 }), (name, title) => {
        const id = planIdOf(name, title);
        expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        expect(id.length).toBeLessThanOrEqual(120);
      }),
    );
    const han = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(han, han, (a, b) => {
        fc.pre(a !== b);
        expect(planIdOf(a, 'Engineer')).not.toBe(planIdOf(b, 'Engineer'));
      }),
    );
  });
});
