// Says which competencies no role requires and no sheet says anything about, at the cell that names them: such a row
// is usually a heading the reader could not tell from a competency, or levels nobody filled in.
import type { Role } from '../../model/role';
import type { DiagnosticLog } from './diagnostic-log';
import { at } from './sheet-context';
import type { SheetView } from './sheet';

interface NamedAt {
  view: SheetView;
  row: number;
  col: number;
  name: string;
}

export class CompetencyPlaces {
  private readonly first = new Map<string, NamedAt>();

  /**
   * Where a competency is named with nothing in any role's cell, on a sheet that has roles (a catalogue sheet is
   * warned about as a whole; a row of "-" or "n/a", or O*NET's "not relevant", said it on purpose).
   */
  note(competencyId: string, place: NamedAt): void {
    if (!this.first.has(competencyId)) this.first.set(competencyId, place);
  }

  reportUnrequired(roles: readonly Role[], log: DiagnosticLog): void {
    const waiting = new Set(this.first.keys());
    // a million-requirement matrix has every competency required within its first few roles: stop there
    for (const role of roles) {
      if (!waiting.size) return;
      for (const requirement of role.competencies) waiting.delete(requirement.competencyId);
    }
    for (const id of waiting) {
      const { view, row, col, name } = this.first.get(id)!;
      log.repeated('unrequired', at(view, 'warning', `no role requires "${name}": give the roles that need it a level, or delete the row if it is a heading or not a competency`, row, col));
    }
  }
}
