import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestJobDescription } from '../../shared/ingest/job-description';
import { cell, docx, para } from '../test-support/docx';
import { readDocumentFile } from './read-document';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'trellis-doc-'));
}

describe('readDocumentFile', () => {
  it('reads a Word document: heading styles, bold paragraphs as headings, nested bullets and merged table cells', async () => {
    const body = [
      para('Customer Success Manager', { style: 'Heading1' }),
      para('Reports to: Head of Customer Success'),
      para('Responsibilities', { bold: true }),
      para('Run quarterly business reviews', { list: 0 }),
      para('with each enterprise account', { list: 1 }),
      para('Own renewals for your book of business', { list: 0 }),
      para('Requirements', { style: 'Heading2' }),
      `<w:tbl>`,
      `<w:tr>${cell('Experience', '<w:vMerge w:val="restart"/>')}${cell('3+ years in customer success')}</w:tr>`,
      `<w:tr>${cell('', '<w:vMerge/>')}${cell('Experience with Salesforce')}</w:tr>`,
      `<w:tr>${cell('Nice to have', '<w:gridSpan w:val="2"/>')}</w:tr>`,
      `<w:tr>${cell('Languages')}${cell('Fluent German')}</w:tr>`,
      `</w:tbl>`,
    ].join('');
    const dir = folder();
    writeFileSync(join(dir, 'csm.docx'), await docx(body));
    const doc = await readDocumentFile(join(dir, 'csm.docx'));
    expect(doc.blocks[0]).toMatchObject({ type: 'heading', level: 1, text: 'Customer Success Manager' });
    expect(doc.blocks.find((b) => b.type === 'list-item' && b.text === 'with each enterprise account')).toMatchObject({ depth: 1 });
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows[0]![0]).toMatchObject({ text: 'Experience', rowspan: 2 });
    expect(table?.type === 'table' && table.rows[2]![0]).toMatchObject({ text: 'Nice to have', colspan: 2 });

    const role = ingestJobDescription(doc).roles[0]!;
    expect(role).toMatchObject({ title: 'Customer Success Manager', reportsTo: 'Head of Customer Success', experienceYears: 3 });
    expect(role.responsibilities.map((r) => r.text)).toEqual(['Run quarterly business reviews', 'with each enterprise account', 'Own renewals for your book of business']);
    expect(role.requirements.map((r) => r.text)).toEqual(['Experience: 3+ years in customer success', 'Experience with Salesforce']);
    expect(role.preferred.map((r) => r.text)).toEqual(['Fluent German']);
  });

  it('says where each item of a Word document is by its paragraph number, never by a line that is not there', async () => {
    const body = [
      para('Payroll Officer', { style: 'Heading1' }), // 1
      para(''), // 2: an empty paragraph still counts in Word
      para('Main duties', { bold: true }), // 3
      para('Process the monthly payroll', { list: 0 }), // 4
      para('Reconcile payroll accounts', { list: 0 }), // 5
      `<w:tbl><w:tr>${cell('Requirements')}${cell('CIPP Diploma')}</w:tr></w:tbl>`, // 6, 7
      para('Seniority varies.'), // 8
    ].join('');
    const dir = folder();
    writeFileSync(join(dir, 'payroll.docx'), await docx(body));
    const doc = await readDocumentFile(join(dir, 'payroll.docx'));
    expect(doc.positions).toBe('paragraphs');
    const result = ingestJobDescription(doc);
    const role = result.roles[0]!;
    expect(role.responsibilities).toEqual([
      { text: 'Process the monthly payroll', block: 2, paragraph: 4 },
      { text: 'Reconcile payroll accounts', block: 3, paragraph: 5 },
    ]);
    expect(role.requirements).toEqual([{ text: 'CIPP Diploma', block: 4, paragraph: 7 }]);
    expect(role.source).toEqual({ block: 0, paragraph: 1 });
    expect(JSON.stringify(result)).not.toContain('"line"');
  });

  it("numbers paragraphs, not lines, in HTML written on one line (Google Docs' web-page download)", async () => {
    const dir = folder();
    const oneLine = '<html><body><p class="c1"><span class="c2">Payroll Officer</span></p><p><b>Main duties</b></p><ul><li>Process the monthly payroll</li><li>Reconcile payroll accounts</li></ul><p><b>Requirements</b></p><ul><li>CIPP Diploma</li></ul></body></html>';
    writeFileSync(join(dir, 'one-line.html'), oneLine);
    const role = ingestJobDescription(await readDocumentFile(join(dir, 'one-line.html'))).roles[0]!;
    expect(role.responsibilities).toEqual([
      { text: 'Process the monthly payroll', block: 2, paragraph: 3 },
      { text: 'Reconcile payroll accounts', block: 3, paragraph: 4 },
    ]);
    // a page written line by line keeps its lines
    writeFileSync(join(dir, 'lines.html'), oneLine.replace(/></g, '>\n<'));
    const byLine = ingestJobDescription(await readDocumentFile(join(dir, 'lines.html'))).roles[0]!;
    expect(byLine.responsibilities[0]).toMatchObject({ text: 'Process the monthly payroll', line: expect.any(Number) });
    expect(byLine.responsibilities[0]!.line).toBeGreaterThan(1);
  });

  it('reads a person specification table by its Essential and Desirable columns, the row labels as groups', async () => {
    const bold = (text: string) => `<w:tc><w:tcPr></w:tcPr>${para(text, { bold: true })}</w:tc>`;
    const body = [
      para('Payroll Officer', { style: 'Heading1' }),
      para('Person specification', { bold: true }),
      '<w:tbl>',
      `<w:tr>${cell('')}${bold('Essential')}${bold('Desirable')}</w:tr>`,
      `<w:tr>${bold('Qualifications')}${cell('AAT Level 3')}${cell('CIPP Diploma')}</w:tr>`,
      `<w:tr>${bold('Experience')}${cell('2 years of payroll processing')}${cell('Experience with SAP')}</w:tr>`,
      `<w:tr>${bold('Education')}${cell('GCSE Maths')}${cell('Degree in accountancy')}</w:tr>`,
      `<w:tr>${bold('Skills')}${cell('Advanced Excel skills')}${cell('')}</w:tr>`,
      '</w:tbl>',
    ].join('');
    const dir = folder();
    writeFileSync(join(dir, 'spec.docx'), await docx(body));
    const role = ingestJobDescription(await readDocumentFile(join(dir, 'spec.docx'))).roles[0]!;
    expect(role.requirements.map((r) => r.text)).toEqual(['AAT Level 3', '2 years of payroll processing', 'GCSE Maths', 'Advanced Excel skills']);
    expect(role.preferred.map((r) => r.text)).toEqual(['CIPP Diploma', 'Experience with SAP', 'Degree in accountancy']);
    expect(role.education.map((r) => r.text)).toEqual(expect.arrayContaining(['GCSE Maths', 'Degree in accountancy']));
    expect(role.competencies.map((c) => c.name)).not.toContain('Skills');
    expect(role.competencies.map((c) => [c.name, c.asked])).toEqual(expect.arrayContaining([['Excel', 'required'], ['SAP', 'preferred']]));
  });

  it('reads .md, .markdown, .htm and .txt by their extension', async () => {
    const dir = folder();
    const files: Record<string, string> = {
      'a.md': '# Tester\n## Requirements\n- Patience\n',
      'b.markdown': '# Tester\n## Requirements\n- Patience\n',
      'c.htm': '<h1>Tester</h1><h2>Requirements</h2><ul><li>Patience</li></ul>',
      'd.txt': 'Tester\n\nREQUIREMENTS\n- Patience\n',
    };
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(dir, name), text);
      const role = ingestJobDescription(await readDocumentFile(join(dir, name))).roles[0]!;
      expect([name, role.title, role.requirements.map((r) => r.text)]).toEqual([name, 'Tester', ['Patience']]);
    }
  });

  it('reads a progression framework kept in YAML front matter, each criterion with its line', async () => {
    const dir = folder();
    const md = ['---', 'title: "Support Framework"', 'topics:', '  - name: "craft"', '    title: "🛠️ Craft"', '    content:', '      - level: 1', '        criteria:', '          - "Answers routine questions"', '      - level: 2', '        criteria:', '          - "All criteria from level one"', '          - "Handles escalations"', '  - name: "teamwork"', '    content:', '      - level: 1', '        criteria:', '          - "Asks for help when stuck"', '---', ''].join('\n');
    writeFileSync(join(dir, 'support.md'), md);
    const result = ingestJobDescription(await readDocumentFile(join(dir, 'support.md')));
    expect(result.roles.map((r) => r.title)).toEqual(['Support Level 1', 'Support Level 2']);
    const [one, two] = result.roles;
    expect(one!.responsibilities).toEqual([
      { text: 'Answers routine questions', block: 1, line: 9 },
      { text: 'Asks for help when stuck', block: 1, line: 18 },
    ]);
    // "All criteria from level one" brings level one's Craft criteria, not its Teamwork ones
    expect(two!.responsibilities.map((r) => r.text)).toEqual(['Answers routine questions', 'Handles escalations']);
    // each area is a competency at the level's number
    expect(two!.competencies.map((c) => [c.name, c.level])).toEqual([['Craft', 2]]);
    expect(result.transitions).toEqual([{ from: 'Support Level 1', to: 'Support Level 2', type: 'promotion' }]);
  });

  it('names the file and the formats it reads when the extension is unknown, and says when a file is missing', async () => {
    await expect(readDocumentFile('/tmp/job.pdf', 'job.pdf')).rejects.toThrow(/job\.pdf: "\.pdf" is not a job-description format Trellis reads; use \.md, \.markdown, \.html, \.htm, \.docx, \.txt/);
    await expect(readDocumentFile(join(folder(), 'gone.md'), 'gone.md')).rejects.toThrow('gone.md: no such file');
    const dir = folder();
    writeFileSync(join(dir, 'broken.docx'), 'not a zip');
    await expect(readDocumentFile(join(dir, 'broken.docx'), 'broken.docx')).rejects.toThrow(/broken\.docx: cannot be read as a Word document/);
  });
});
