import { describe, expect, it } from 'vitest';
import { exportSettings, importSettings, validateSettings } from './settings-schema';
import { defaultSettings, withDefaults } from './settings';

describe('settings export and import', () => {
  it('round-trips', () => {
    const settings = { ...defaultSettings(), selfEmail: 'dana@example.com', linkedPlans: [{ email: 'alex@example.com', fileId: '1AlexPlanFileId_abcdefgh' }] };
    expect(importSettings(exportSettings(settings))).toEqual({ ok: true, settings });
  });
  it('says what is wrong and where', () => {
    expect(importSettings('{')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^not valid JSON .*choose a file exported from Trellis options/)] });
    expect(importSettings('{"kind":"trellis.plan"}')).toMatchObject({ ok: false, errors: expect.arrayContaining([expect.stringContaining('is this a Trellis settings export?')]) });
    const bad = JSON.parse(exportSettings(defaultSettings()));
    bad.settings.linkedPlans = [{ email: 'a@example.com', fileId: 'https://drive.google.com/file/d/1AbcdefghijKL/view' }, { email: 'A@example.com ', fileId: '1Zyxwvutsrqp' }];
    bad.settings.rules.excludeTitlePatterns = ['/(/'];
    bad.settings.customQuestions = [{ id: 'q', text: '', topic: 'nope' }];
    const result = importSettings(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    const errors = (result as { errors: string[] }).errors.join('\n');
    expect(errors).toContain('settings.linkedPlans[1].email: a@example.com is linked twice (also at linkedPlans[0])');
    expect(errors).toContain('settings.rules.excludeTitlePatterns[0]: "/(/" is not a valid regular expression');
    expect(errors).toContain('settings.customQuestions[0].text');
    expect(errors).toContain('settings.customQuestions[0].topic');
  });
  it('says what to do with a question left empty, in words', () => {
    const question = { id: 'strengths', text: '  ', topic: 'strengths' as const, stages: [], custom: true };
    expect(validateSettings({ ...defaultSettings(), customQuestions: [question] })).toEqual({ ok: false, errors: ['customQuestions[0].text: write the question (it cannot be empty), or untick it to stop using it'] });
  });
  it('normalises pasted links to file ids and emails to lower case', () => {
    const result = validateSettings({ ...defaultSettings(), linkedPlans: [{ email: ' Alex@Example.com', fileId: 'https://drive.google.com/file/d/1AlexPlanFileId_abcdefgh/view?usp=sharing' }] });
    expect(result).toMatchObject({ ok: true, settings: { linkedPlans: [{ email: 'alex@example.com', fileId: '1AlexPlanFileId_abcdefgh' }] } });
  });
  it('fills settings stored by an older version with defaults', () => {
    expect(withDefaults({ selfEmail: 'x@example.com' } as never)).toEqual({ ...defaultSettings(), selfEmail: 'x@example.com' });
    expect(withDefaults({ rules: { attendeeCount: false } } as never).rules).toEqual({ ...defaultSettings().rules, attendeeCount: false });
  });
});
