import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ingestJobDescription } from '../../shared/ingest/job-description';
import { readDocumentFile } from './read-document';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const run = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (text: string, opts: { style?: string; bold?: boolean; list?: number } = {}) =>
  `<w:p><w:pPr>${opts.style ? `<w:pStyle w:val="${opts.style}"/>` : ''}${opts.list !== undefined ? `<w:numPr><w:ilvl w:val="${opts.list}"/><w:numId w:val="1"/></w:numPr>` : ''}</w:pPr>${run(text, opts.bold)}</w:p>`;
const cell = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${para(text)}</w:tc>`;

/** A small Word document written the way Word writes one: styles, a bulleted list with two levels, a merged table. */
async function docx(body: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`);
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`);
  zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

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
