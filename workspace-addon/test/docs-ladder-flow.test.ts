// Docs, for HR, end to end on the BUILT bundle in the sandbox: the company's career ladder kept as a table in a
// Google Doc is read in one documents.get and published to the Career paths folder as a framework version, with
// what each level looks like; publishing again makes the next version; a Doc in error or without a ladder
// publishes nothing and says why.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFramework } from '../../shared/model/files';
import { descriptorAt } from '../../shared/model/competency';
import { ensureBuilt } from '../sandbox/ensure-built';
import { HR, newSandbox } from '../sandbox/scenario';
import type { DocsDocument, DocsStructuralElement } from '../src/platform/apps-script';

beforeAll(() => ensureBuilt());

const p = (text: string, style = 'NORMAL_TEXT'): DocsStructuralElement => ({ paragraph: { elements: [{ textRun: { content: `${text}\n` } }], paragraphStyle: { namedStyleType: style } } });
const cell = (text: string, columnSpan = 1) => ({ content: [p(text)], tableCellStyle: { rowSpan: 1, columnSpan } });

/** Shape: a Google Docs level grid (a title row across the table, levels as columns, prose cells, N/A). */
function ladderDoc(level3 = 'Senior (P3)', troubleshootingAtP3 = 'Leads incident reviews across teams.'): DocsDocument {
  return {
    title: 'Support ladder',
    body: {
      content: [
        p('Support ladder', 'TITLE'),
        p('How support engineers grow, level by level.'),
        { table: { rows: 4, columns: 4, tableRows: [
          { tableCells: [cell('Support Career Levels', 4), cell(''), cell(''), cell('')] },
          { tableCells: [cell('Job Level'), cell('Associate (P1)'), cell('Engineer (P2)'), cell(level3)] },
          { tableCells: [cell('Troubleshooting'), cell('Follows the runbook for known problems.'), cell('Finds the cause of new problems alone.'), cell(troubleshootingAtP3)] },
          { tableCells: [cell('Writing'), cell('N/A'), cell('Writes clear replies to customers.'), cell('Writes the articles others link to.')] },
        ] } },
      ],
    },
  };
}

function hrOpens(document: DocsDocument) {
  const sandbox = newSandbox();
  const doc = sandbox.workspace.as(HR).addGoogleDoc(HR, document.title ?? 'Ladder', document);
  sandbox.host.openDocs(doc.id);
  sandbox.host.click('Allow Trellis to read this document');
  return sandbox;
}

describe('Docs: HR publishes the career ladder kept in a Doc as a framework', () => {
  it('reads the Doc in one documents.get and publishes a framework version with each level’s descriptor', () => {
    const { workspace, host } = hrOpens(ladderDoc());
    expect(host.text()).toMatch(/HR: is this document a career ladder\?/);
    const mark = workspace.log.mark();
    host.click('Publish as a career framework', { ladderName: 'Support' });
    const reads = workspace.log.since(mark).filter((c) => c.service === 'Docs' || c.service === 'DocumentApp');
    expect(reads.map((c) => `${c.service}.${c.method}`)).toEqual(['Docs.Documents.get']);
    expect(host.card.name).toBe('ladder-result');
    expect(host.text()).toMatch(/Support: 3 roles, 2 competencies/);
    expect(host.text()).toMatch(/Published as support\.v1\.framework\.json \(version 1\)/);
    const files = workspace.drive.filesNamed(/^support\.v1\.framework\.json$/);
    expect(files).toHaveLength(1);
    const framework = readFramework(files[0]!.content);
    expect(framework.roles.map((r) => r.title)).toEqual(['Associate (P1)', 'Engineer (P2)', 'Senior (P3)']);
    expect(framework.source.format).toBe('google-doc');
    const troubleshooting = framework.competencies.find((c) => c.name === 'Troubleshooting')!;
    expect(descriptorAt(troubleshooting, 3)).toBe('Leads incident reviews across teams.');
    // the file is in the Career paths folder, like the frameworks the Sheets import publishes
    const folder = workspace.drive.files.get(files[0]!.parents[0]!)!;
    expect(folder.name).toBe('Career paths');
  });

  it('publishing the edited Doc again makes version 2 and keeps version 1', () => {
    const { workspace, host } = hrOpens(ladderDoc());
    host.click('Publish as a career framework', { ladderName: 'Support' });
    // HR edits the Doc: the same file, new content
    const file = workspace.drive.files.get(workspace.editors.activeFileId!)!;
    file.docsJson = { ...ladderDoc('Senior (P3)', 'Runs the incident review for the whole company.'), documentId: file.id };
    host.openDocs(file.id);
    host.click('Publish as a career framework', { ladderName: 'Support' });
    expect(host.text()).toMatch(/version 2\); version 1 stays for the plans made on it/);
    const v2 = readFramework(workspace.drive.filesNamed(/^support\.v2\.framework\.json$/)[0]!.content);
    expect(descriptorAt(v2.competencies.find((c) => c.name === 'Troubleshooting')!, 3)).toBe('Runs the incident review for the whole company.');
    expect(workspace.drive.filesNamed(/^support\.v1\.framework\.json$/)).toHaveLength(1);
  });

  it('a Doc without a ladder publishes nothing and says what Trellis reads', () => {
    const { workspace, host } = hrOpens({ title: 'Team notes', body: { content: [p('Team notes', 'TITLE'), p('We met on Monday.')] } });
    host.click('Publish as a career framework', { ladderName: 'Notes' });
    expect(host.text()).toMatch(/holds no ladder Trellis can read/);
    expect(host.text()).toMatch(/No framework could be read from this document/);
    expect(workspace.drive.filesNamed(/\.framework\.json$/)).toEqual([]);
  });

  it('a ladder in error publishes nothing; its diagnostics name the table cell, with no spreadsheet cell to select', () => {
    // a KSA matrix kept as a table in a Doc, one level off the scale: an error to fix before publishing
    const row = (...texts: string[]) => ({ tableCells: texts.map((t) => cell(t)) });
    const doc: DocsDocument = { title: 'Support matrix', body: { content: [p('Support matrix', 'TITLE'), { table: { rows: 3, columns: 3, tableRows: [row('Competency', 'Engineer', 'Senior Engineer'), row('Troubleshooting', '2', '9'), row('Writing', '1', '3')] } }] } };
    const { workspace, host } = hrOpens(doc);
    host.click('Publish as a career framework', { ladderName: 'Support' });
    expect(host.card.name).toBe('ladder-result');
    expect(host.text()).toMatch(/Not published: fix the errors in the document and publish again/);
    expect(host.text()).toMatch(/error · [^\n]*!C2\s*level 9 is outside the scale/);
    expect(host.buttons().map((b) => b.text)).not.toContain('Select');
    expect(workspace.drive.filesNamed(/\.framework\.json$/)).toEqual([]);
  });
});
