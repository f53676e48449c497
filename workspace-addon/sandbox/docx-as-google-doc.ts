// A Word file as Google Docs presents it once imported: its paragraphs with their named styles (Heading 3 →
// HEADING_3), bold and italic runs, list paragraphs as bullets with a list id and nesting level, line breaks inside a
// paragraph as "\u000b", and tables with a paragraph per cell: the documents.get structure the add-on reads.
// The .docx is read at test time through mammoth (its paragraph styles, numbering and tables), never copied.
import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';
import type { DocsDocument, DocsStructuralElement } from '../src/platform/apps-script';

type Run = { content: string; bold: boolean; italic: boolean };
type TableDraft = { rows: DocsStructuralElement[][][] };

const STYLE: Record<string, string> = { h1: 'HEADING_1', h2: 'HEADING_2', h3: 'HEADING_3', h4: 'HEADING_4', h5: 'HEADING_5', h6: 'HEADING_6' };

function paragraph(runs: Run[], style: string, bullet?: { listId: string; nestingLevel: number }): DocsStructuralElement {
  const elements = runs.filter((r) => r.content).map((r) => ({ textRun: { content: r.content, textStyle: { ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) } } }));
  elements.push({ textRun: { content: '\n', textStyle: {} } });
  return { paragraph: { elements, paragraphStyle: { namedStyleType: style }, ...(bullet ? { bullet } : {}) } };
}

/** The Google Doc a person gets by opening the .docx at `path` in Docs. */
export async function docxAsGoogleDoc(path: string, title: string): Promise<DocsDocument> {
  const { value: html } = await mammoth.convertToHtml({ path });
  const body: DocsStructuralElement[] = [{ sectionBreak: {} }];
  const lists: Record<string, { listProperties: { nestingLevels: object[] } }> = {};
  const listStack: { id: string }[] = [];
  const tables: TableDraft[] = [];
  let bold = 0;
  let italic = 0;
  let runs: Run[] | undefined;
  let style = 'NORMAL_TEXT';
  let listCount = 0;
  /** Where finished paragraphs go: the body, or the cell being read. */
  const target = () => {
    const table = tables[tables.length - 1];
    const row = table?.rows[table.rows.length - 1];
    return row ? row[row.length - 1]! : body;
  };
  const finish = () => {
    if (!runs) return;
    const list = listStack[listStack.length - 1];
    // an item whose text sits in an inner paragraph leaves an empty shell behind: Docs has no such bullet
    if (list && !runs.some((r) => r.content.trim())) {
      runs = undefined;
      return;
    }
    target().push(paragraph(runs, style, list ? { listId: list.id, nestingLevel: listStack.length - 1 } : undefined));
    runs = undefined;
    style = 'NORMAL_TEXT';
  };
  const start = (namedStyle: string) => {
    finish();
    runs = [];
    style = namedStyle;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'p' || name in STYLE) start(STYLE[name] ?? 'NORMAL_TEXT');
        else if (name === 'li') start('NORMAL_TEXT');
        else if (name === 'ul' || name === 'ol') {
          finish();
          // Docs gives each list its own id; a nested list is a deeper nesting level of the outer one
          if (!listStack.length) {
            const id = `kix.list${++listCount}`;
            lists[id] = { listProperties: { nestingLevels: name === 'ul' ? [{ glyphSymbol: '●' }, { glyphSymbol: '○' }, { glyphSymbol: '■' }] : [{ glyphType: 'DECIMAL' }, { glyphType: 'ALPHA' }, { glyphType: 'ROMAN' }] } };
            listStack.push({ id });
          } else listStack.push({ id: listStack[0]!.id });
        } else if (name === 'strong' || name === 'b') bold++;
        else if (name === 'em' || name === 'i') italic++;
        else if (name === 'br') runs?.push({ content: '\u000b', bold: bold > 0, italic: italic > 0 });
        else if (name === 'table') {
          finish();
          tables.push({ rows: [] });
        } else if (name === 'tr') tables[tables.length - 1]?.rows.push([]);
        else if (name === 'td' || name === 'th') {
          const table = tables[tables.length - 1];
          table?.rows[table.rows.length - 1]?.push([]);
          start('NORMAL_TEXT');
        }
      },
      ontext(text) {
        if (!runs) start('NORMAL_TEXT');
        runs!.push({ content: text, bold: bold > 0, italic: italic > 0 });
      },
      onclosetag(name) {
        if (name === 'p' || name in STYLE || name === 'li' || name === 'td' || name === 'th') finish();
        else if (name === 'ul' || name === 'ol') {
          finish();
          listStack.pop();
        } else if (name === 'strong' || name === 'b') bold--;
        else if (name === 'em' || name === 'i') italic--;
        else if (name === 'table') {
          finish();
          const table = tables.pop()!;
          const columns = Math.max(0, ...table.rows.map((r) => r.length));
          target().push({ table: { rows: table.rows.length, columns, tableRows: table.rows.map((row) => ({ tableCells: row.map((content) => ({ content })) })) } });
        }
      },
    },
  );
  parser.write(html);
  parser.end();
  finish();
  return { title, body: { content: body }, lists };
}
