// The add-on's Docs flow reads a job description through the same core as `trellis role`: its Docs API adapter feeds
// the same block tree. The document follows the DfE Senior Content Designer Word JD of the corpus
// (dfe_senior_content_designer_g7_jd.docx): headings as bold Normal paragraphs, the grade on its own line, duties typed
// with "●", essential and desirable criteria, and a selection process that is not the job.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../shared/ingest/document/blocks';
import { ensureBuilt } from '../sandbox/ensure-built';
import { blocksToDocsDocument } from '../sandbox/fixtures';
import { ALEX, DANA, hrPublishesFramework, MORGAN, newSandbox, shareFrameworkWith, useFramework } from '../sandbox/scenario';

beforeAll(() => ensureBuilt());

const bold = (text: string): Block => ({ type: 'paragraph', text, runs: [{ text, bold: true }] });
const plain = (text: string): Block => ({ type: 'paragraph', text, runs: [{ text }] });
const item = (text: string): Block => ({ type: 'list-item', text, runs: [{ text }], depth: 0, ordered: false });

const BLOCKS: Block[] = [
  bold('Senior Content Designer Job description'),
  plain('G7'),
  bold('Summary'),
  plain('We build services for children, adults and the people who teach them.'),
  bold('Responsibilities'),
  plain('As a senior content designer you will:'),
  plain('● Build relationships with policy and legal colleagues'),
  plain('● Design user-centred content that meets user needs'),
  plain('● Mentor content designers and review their work'),
  bold('Essential criteria'),
  item('Creating high quality, user-centred content'),
  item('Using data and feedback to improve content'),
  bold('Desirable skills'),
  item('Designing content for transactional services'),
  bold('Selection process details'),
  plain('Stage one'),
  plain('The sift will be based on your CV and personal statement.'),
];

describe('Docs: a Word-style job description read through the core', () => {
  it('reads title, typed-glyph duties, essential and desirable criteria, and leaves the selection process out', () => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host);
    useFramework(host, ALEX, shareFrameworkWith(host, [ALEX, DANA, MORGAN]));
    const doc = workspace.addGoogleDoc(ALEX, 'Senior Content Designer', blocksToDocsDocument('Senior Content Designer', BLOCKS));
    host.openDocs(doc.id);
    host.click('Allow Trellis to read this document');
    host.click('Read this job description');
    expect(host.card.name).toBe('jd-review');
    const inputs = host.formInputs();
    expect(inputs.title![0]).toBe('Senior Content Designer');
    expect(inputs.responsibilities![0]!.split('\n')).toEqual(['Build relationships with policy and legal colleagues', 'Design user-centred content that meets user needs', 'Mentor content designers and review their work']);
    expect(inputs.requirements![0]).toMatch(/Creating high quality, user-centred content/);
    expect(inputs.requirements![0]).not.toMatch(/sift|Stage one/);
    expect(host.text()).not.toMatch(/●/);
  });
});
