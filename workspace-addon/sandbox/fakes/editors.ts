// The open editor file: SpreadsheetApp and DocumentApp's getActiveDocument reach only the file the user has
// open, and only once the user granted the add-on that file; DocumentApp.openById opens a Doc the user can read
// (documents scope) to place an image. Every call is counted; reading a sheet's
// data (values, display values, merged ranges) is marked as a data read.
import { bodyFromHtml, checkImageBlob, type BodyChild, type PlacedImage } from './document-body';
import { FakeBlob, type FakeFile } from './drive';
import type * as Api from '../../src/platform/apps-script';
import { a1, parseRange } from '../../../shared/ingest/grid/grid';
import type { CallLog } from '../call-log';
import { AppsScriptException } from './errors';

export interface FakeSheetData {
  name: string;
  /** What getValues returns: numbers, strings ('' when empty), booleans, Dates. */
  values: unknown[][];
  /** What getDisplayValues returns; derived from values when absent. */
  display?: string[][];
  /** Merged ranges, A1 ("B1:D1"). */
  merges?: string[];
}

export interface FakeSpreadsheetData {
  id: string;
  name: string;
  sheets: FakeSheetData[];
}

function displayOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCMonth() + 1}/${value.getUTCDate()}/${value.getUTCFullYear()}`;
  return String(value);
}

class FakeRange implements Api.Range {
  constructor(
    private readonly sheet: FakeSheetData,
    private readonly r0: number,
    private readonly c0: number,
    private readonly rows: number,
    private readonly cols: number,
    private readonly log: CallLog,
    private readonly editor: FakeEditors,
  ) {}
  private cell(r: number, c: number): unknown {
    const v = this.sheet.values[r]?.[c];
    return v === undefined || v === null ? '' : v;
  }
  getValues() {
    this.log.record('SpreadsheetApp', 'Range.getValues', { dataRead: true, detail: this.getA1Notation() });
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.cols }, (_, c) => {
      const v = this.cell(this.r0 + r, this.c0 + c);
      return v instanceof Date ? new Date(v.getTime()) : v;
    }));
  }
  getDisplayValues() {
    this.log.record('SpreadsheetApp', 'Range.getDisplayValues', { dataRead: true, detail: this.getA1Notation() });
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.cols }, (_, c) => this.sheet.display?.[this.r0 + r]?.[this.c0 + c] ?? displayOf(this.cell(this.r0 + r, this.c0 + c))));
  }
  getMergedRanges() {
    this.log.record('SpreadsheetApp', 'Range.getMergedRanges', { dataRead: true, detail: this.getA1Notation() });
    return (this.sheet.merges ?? [])
      .map((m) => parseRange(m))
      .filter((m) => m.endRow >= this.r0 && m.startRow < this.r0 + this.rows && m.endCol >= this.c0 && m.startCol < this.c0 + this.cols)
      .map((m) => new FakeRange(this.sheet, m.startRow, m.startCol, m.endRow - m.startRow + 1, m.endCol - m.startCol + 1, this.log, this.editor));
  }
  getA1Notation() {
    const start = a1(this.r0, this.c0);
    return this.rows === 1 && this.cols === 1 ? start : `${start}:${a1(this.r0 + this.rows - 1, this.c0 + this.cols - 1)}`;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.cols;
  }
  activate() {
    this.log.record('SpreadsheetApp', 'Range.activate', { detail: `${this.sheet.name}!${this.getA1Notation()}` });
    this.editor.activeRange = `${this.sheet.name}!${this.getA1Notation()}`;
    return this;
  }
}

class FakeSheet implements Api.Sheet {
  constructor(
    private readonly data: FakeSheetData,
    private readonly log: CallLog,
    private readonly editor: FakeEditors,
  ) {}
  private extent() {
    const rows = this.data.values.length;
    const cols = Math.max(0, ...this.data.values.map((r) => r.length));
    return { rows, cols };
  }
  getName() {
    this.log.record('SpreadsheetApp', 'Sheet.getName');
    return this.data.name;
  }
  getDataRange() {
    this.log.record('SpreadsheetApp', 'Sheet.getDataRange');
    const { rows, cols } = this.extent();
    return new FakeRange(this.data, 0, 0, Math.max(1, rows), Math.max(1, cols), this.log, this.editor);
  }
  getRange(a1Notation: string) {
    this.log.record('SpreadsheetApp', 'Sheet.getRange', { detail: a1Notation });
    let r;
    try {
      r = parseRange(a1Notation);
    } catch {
      throw new AppsScriptException(`Range not found: ${a1Notation}`);
    }
    return new FakeRange(this.data, r.startRow, r.startCol, r.endRow - r.startRow + 1, r.endCol - r.startCol + 1, this.log, this.editor);
  }
}

export interface FakeDocumentBody {
  /** Body elements in order (what DocumentApp's Body.getChild walks). */
  elements: number;
}

export class FakeEditors {
  /** The file the user has open in the editor (Docs or Sheets), and whether its grant was given. */
  activeFileId?: string;
  spreadsheets = new Map<string, FakeSpreadsheetData>();
  documentBodies = new Map<string, FakeDocumentBody>();
  activeRange?: string;
  selection?: { documentId: string; element: number };

  constructor(
    private readonly log: CallLog,
    private readonly granted: (fileId: string) => boolean,
    /** The Google Doc DocumentApp.openById opens for the signed-in user (it throws as Apps Script does when it cannot). */
    private readonly openDoc: (id: string) => { file: FakeFile; canEdit: boolean },
    /** The open Google Doc as a file of Drive, when it is one the sandbox keeps there (a career path's Doc). */
    private readonly openActiveDoc: (id: string) => { file: FakeFile; canEdit: boolean } | undefined = () => undefined,
  ) {}

  /** The body DocumentApp gives for a Doc kept in the fake Drive (imported from HTML, images placed since). */
  private importedDocBody(file: FakeFile, canEdit: boolean): Api.DocumentBody {
    const log = this.log;
    const children = (): BodyChild[] => {
      const list = bodyFromHtml(file.content);
      for (const image of file.placedImages ?? []) list.splice(image.index, 0, { type: 'PARAGRAPH', text: '' });
      return list;
    };
    return {
      getNumChildren: () => children().length,
      getChild: (index: number) => {
        const list = children();
        if (!Number.isInteger(index) || index < 0 || index >= list.length) throw new AppsScriptException(`Child index (${index}) must be less than the number of child elements (${list.length}).`);
        const child = list[index]!;
        return {
          getType: () => child.type as unknown as GoogleAppsScript.Document.ElementType,
          asParagraph: () => {
            if (child.type !== 'PARAGRAPH') throw new AppsScriptException(`Cannot cast ${child.type} to PARAGRAPH.`);
            return { getText: () => child.text };
          },
        };
      },
      insertImage: (childIndex: number, image: GoogleAppsScript.Base.BlobSource) => {
        log.record('DocumentApp', 'Body.insertImage');
        if (!canEdit) throw new AppsScriptException('Access denied: DocumentApp (the user cannot edit this document).');
        if (!(image instanceof FakeBlob)) throw new AppsScriptException('Invalid argument: image');
        const list = children();
        if (!Number.isInteger(childIndex) || childIndex < 0 || childIndex > list.length) throw new AppsScriptException(`Index (${childIndex}) must be less than or equal to the number of child elements (${list.length}).`);
        checkImageBlob(image.getContentType(), image.bytes);
        const placed: PlacedImage = { index: childIndex, after: list[childIndex - 1]?.text ?? '', contentType: image.getContentType()!, bytes: image.bytes! };
        (file.placedImages ??= []).push(placed);
        const handle: Api.DocumentImage = {
          setWidth: (w) => ((placed.width = w), handle),
          setHeight: (h) => ((placed.height = h), handle),
          setAltTitle: (t) => ((placed.altTitle = t), handle),
          setAltDescription: (d) => ((placed.altDescription = d), handle),
        };
        return handle;
      },
    };
  }

  private requireActive(service: string): string {
    if (!this.activeFileId) throw new AppsScriptException(`${service}: no document is open`);
    if (!this.granted(this.activeFileId)) throw new AppsScriptException(`${service}: the add-on has no access to the open file (request the file scope first)`);
    return this.activeFileId;
  }

  readonly spreadsheetApp: Api.SpreadsheetAppApi = {
    getActiveSpreadsheet: () => {
      this.log.record('SpreadsheetApp', 'getActiveSpreadsheet');
      const id = this.requireActive('SpreadsheetApp');
      const data = this.spreadsheets.get(id);
      if (!data) throw new AppsScriptException('SpreadsheetApp: the open file is not a spreadsheet');
      const log = this.log;
      const editor = this;
      return {
        getId: () => data.id,
        getName: () => data.name,
        getSheets: () => {
          log.record('SpreadsheetApp', 'Spreadsheet.getSheets');
          return data.sheets.map((s) => new FakeSheet(s, log, editor));
        },
        getSheetByName: (name: string) => {
          log.record('SpreadsheetApp', 'Spreadsheet.getSheetByName');
          const s = data.sheets.find((x) => x.name === name);
          return s ? new FakeSheet(s, log, editor) : null;
        },
      };
    },
  };

  readonly documentApp: Api.DocumentAppApi = {
    ElementType: { PARAGRAPH: 'PARAGRAPH' as unknown as GoogleAppsScript.Document.ElementType },
    openById: (id: string) => {
      this.log.record('DocumentApp', 'openById', { detail: id });
      const { file, canEdit } = this.openDoc(id);
      const body = this.importedDocBody(file, canEdit);
      return { getBody: () => body };
    },
    getActiveDocument: () => {
      this.log.record('DocumentApp', 'getActiveDocument');
      const id = this.requireActive('DocumentApp');
      const body = this.documentBodies.get(id);
      if (!body) {
        const imported = this.openActiveDoc(id);
        if (!imported) throw new AppsScriptException('DocumentApp: the open file is not a document');
        const importedBody = this.importedDocBody(imported.file, imported.canEdit);
        const unsupported = () => {
          throw new AppsScriptException('the sandbox does not select inside an imported Doc');
        };
        return { getBody: () => importedBody, newRange: unsupported, setSelection: unsupported } as unknown as Api.ActiveDocument;
      }
      const log = this.log;
      // a job description's Doc: its children are only counted and selected (the reading goes through the Docs API)
      const doc = {
        getBody: () => ({
          getNumChildren: () => {
            log.record('DocumentApp', 'Body.getNumChildren');
            return body.elements;
          },
          getChild: (index: number) => {
            log.record('DocumentApp', 'Body.getChild');
            if (!Number.isInteger(index) || index < 0 || index >= body.elements) throw new AppsScriptException(`Child index (${index}) must be less than the number of child elements (${body.elements}).`);
            return { documentId: id, element: index };
          },
        }),
        newRange: () => {
          const elements: unknown[] = [];
          const builder = {
            addElement: (element: unknown) => {
              elements.push(element);
              return builder;
            },
            build: () => ({ elements }),
          };
          return builder;
        },
        setSelection: (range: unknown) => {
          log.record('DocumentApp', 'Document.setSelection');
          const first = (range as { elements?: { documentId: string; element: number }[] }).elements?.[0];
          if (!first) throw new AppsScriptException('Invalid argument: range');
          this.selection = first;
          return doc;
        },
      };
      return doc as unknown as Api.ActiveDocument;
    },
  };
}
