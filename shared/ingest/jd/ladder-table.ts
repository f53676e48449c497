// Reads a career-ladder grid (levels down the side, tracks across the top, a role in each cell) into roles and promotions.
import type { BlockDocument, TableCell } from '../document/blocks';
import type { Diagnostic } from '../diagnostics';
import type { ExtractedRole, JobDescriptionResult } from '../job-description';
import { seniorityOf } from './fields';

const LEVEL_HEADER = /^(level|lvl|grade|band|tier|career level|job level|rank|step)s?$/i;
const YES_NO = /^(yes|no|y|n|true|false|x|✓|✔|✗|-|–)$/i;

function isLevelValue(text: string): boolean {
  return /^\d{1,2}$/.test(text) || /^[LPM]\d{1,2}$/i.test(text) || /^(I{1,3}|IV|V|VI{0,3})$/.test(text) || seniorityOf(text) !== undefined;
}

function levelOrder(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  return seniorityOf(text)?.order;
}

/** The roles of a ladder grid, or undefined when the document holds none. */
export function readLadderTable(doc: BlockDocument, file: string | undefined): JobDescriptionResult | undefined {
  for (const [index, block] of doc.blocks.entries()) {
    if (block.type !== 'table' || block.rows.length < 3) continue;
    const [header, ...body] = block.rows as [TableCell[], ...TableCell[][]];
    if (!LEVEL_HEADER.test(header[0]?.text.trim() ?? '')) continue;
    const levels = body.map((row) => row[0]?.text.trim() ?? '');
    if (levels.filter(isLevelValue).length < Math.max(2, levels.length * 0.8)) continue;
    // a track column holds role names; a column of yes/no is an attribute of the level
    const trackColumns = header
      .map((cell, c) => ({ name: cell.text.trim(), c }))
      .filter(({ name, c }) => c > 0 && name && body.some((row) => row[c]?.text.trim()) && !body.every((row) => !row[c]?.text.trim() || YES_NO.test(row[c]!.text.trim())));
    if (trackColumns.length < 2) continue;

    const roles: ExtractedRole[] = [];
    const transitions: JobDescriptionResult['transitions'] = [];
    for (const { name: track, c } of trackColumns) {
      let previous: string | undefined;
      let rank = 0;
      body.forEach((row, r) => {
        const cell = row[c]?.text.trim();
        if (!cell || YES_NO.test(cell)) return;
        const level = levels[r]!;
        // "D1" is a code; "Senior Developer" is already a title
        const title = /\s/.test(cell) && cell.length > 4 ? cell : `${track} ${level}`;
        rank++;
        const role: ExtractedRole = {
          title,
          level: cell === title ? level : cell,
          department: '',
          reportsTo: '',
          location: '',
          summary: '',
          responsibilities: [],
          requirements: [],
          preferred: [],
          education: [],
          certifications: [],
          competencies: [],
          track,
          rank,
          management: seniorityOf(track)?.management ?? /\bmanagement\b/i.test(track),
          source: block.line === undefined ? { block: index } : { block: index, line: block.line },
        };
        const order = levelOrder(level);
        if (order !== undefined) role.levelOrder = order;
        roles.push(role);
        if (previous) transitions.push({ from: previous, to: title, type: 'promotion' });
        previous = title;
      });
    }
    const diagnostic: Diagnostic = {
      severity: 'info',
      message: `a career-ladder grid: ${roles.length} roles in ${trackColumns.length} tracks (${trackColumns.map((t) => t.name).join(', ')}); the grid names the roles only, so their responsibilities and requirements come from each role's own page`,
      block: index,
    };
    if (file !== undefined) diagnostic.file = file;
    if (block.line !== undefined) diagnostic.line = block.line;
    return { roles, transitions, diagnostics: [diagnostic] };
  }
  return undefined;
}
