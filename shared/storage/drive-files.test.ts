import { describe, expect, it } from 'vitest';
import { driveIdFrom, frameworkDriveName, parseCareerFileName, planDriveName } from './drive-files';

describe('career files on Drive', () => {
  it('names plan and framework files so the name says what they hold', () => {
    expect(parseCareerFileName(planDriveName('alex-rivera-senior-engineer'))).toEqual({ kind: 'plan', id: 'alex-rivera-senior-engineer' });
    expect(parseCareerFileName(frameworkDriveName('engineering', 3))).toEqual({ kind: 'framework', id: 'engineering', version: 3 });
    expect(parseCareerFileName('holiday photos.png')).toBeUndefined();
  });
  it('reads a file id from a pasted link or a bare id, and refuses text that is neither', () => {
    const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123456';
    expect(driveIdFrom(`https://drive.google.com/file/d/${id}/view?usp=sharing`)).toBe(id);
    expect(driveIdFrom(`https://drive.google.com/open?id=${id}`)).toBe(id);
    expect(driveIdFrom(`https://drive.google.com/drive/folders/${id}`)).toBe(id);
    expect(driveIdFrom(`  ${id} `)).toBe(id);
    expect(driveIdFrom('my plan')).toBeUndefined();
  });
});
