import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testFramework } from '../test/fixtures';
import type { BlockDocument } from './document/blocks';
import { htmlToBlocks } from './document/html';
import { markdownToBlocks } from './document/markdown';
import { textToBlocks } from './document/text';
import { extractedRoleToRole, ingestJobDescription, type JobDescriptionResult } from './job-description';

/** Pieces people's job descriptions are made of, so generated text looks like one often enough to reach every path. */
const piece = fc.oneof(
  fc.constantFrom(
    '# Senior Engineer', '## Responsibilities', '## Requirements', '## Nice to have', '### Level 2', '## Staff', '## Benefits', 'REQUIREMENTS', 'Responsibilities:',
    '**Key duties**', 'Department: Sales', 'Reports to: CTO', '- 5+ years of experience with SQL', '* Lead the team', '  - nested item', '1. Strong communication skills',
    'This role includes all of the responsibilities above, plus:', 'In addition to meeting all of the requirements of a Senior Engineer, the Staff Engineer will:',
    'Includes everything in the level below, plus:', 'All criteria from level one', '| Level | Developer | Lead |', '| --- | --- | --- |', '| 1 | D1 | |', '| 2 | D2 | L2 |',
    '<ul class="lst-kix_x-1"><li>Item</li></ul>', '<p><b>Requirements</b></p>', '<table><tr><td colspan="3">Skills</td></tr><tr><td rowspan="9">A</td></tr></table>',
    '__Experience: Typically requires a minimum of 2 years.__', '_At this level, people coach._', '---', '', '   ', '\t- tabbed', '> quoted', '```', '<br>', '&amp;', 'Ability to use GitLab',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const jobText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('\n'));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), jobText);

function lineCount(text: string): number {
  return text.split(/\r\n?|\n/).length;
}

/** Every item, competency, role and diagnostic points inside the document it came from. */
function pointsInside(result: JobDescriptionResult, doc: BlockDocument, lines: number): void {
  const check = (at: { block?: number; line?: number }, what: string) => {
    if (at.block !== undefined) expect(at.block >= 0 && at.block < doc.blocks.length, `${what} block ${at.block}`).toBe(true);
    if (at.line !== undefined) expect(at.line >= 1 && at.line <= lines, `${what} line ${at.line} of ${lines}`).toBe(true);
  };
  for (const role of result.roles) {
    check(role.source, 'role');
    for (const list of [role.responsibilities, role.requirements, role.preferred, role.education, role.certifications, role.competencies]) for (const item of list) check(item, 'item');
    expect(role.title.length).toBeGreaterThan(0);
  }
  for (const d of result.diagnostics) check(d, 'diagnostic');
}

describe('any text through every adapter and the job-description reader', () => {
  const framework = testFramework();
  const adapters: [string, (text: string) => BlockDocument][] = [
    ['markdown', (t) => markdownToBlocks(t, 'any.md')],
    ['html', (t) => htmlToBlocks(t, 'any.html')],
    ['text', (t) => textToBlocks(t, 'any.txt')],
  ];
  for (const [name, adapter] of adapters) {
    it(`${name}: never throws, and every line and block it reports is inside the document`, () => {
      fc.assert(
        fc.property(anyText, fc.boolean(), (text, withFramework) => {
          const doc = adapter(text);
          const result = ingestJobDescription(doc, withFramework ? { framework } : {});
          pointsInside(result, doc, lineCount(text));
          for (const role of result.roles) extractedRoleToRole(role, withFramework ? framework : undefined);
        }),
        { numRuns: 300 },
      );
    });
  }
});
