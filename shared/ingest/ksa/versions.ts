// What a re-import changed since the previous version: the roles and competencies that are gone (plans made
// against the old version keep it and still read), said once so HR can check nothing was dropped by mistake.
import type { Framework } from '../../model/framework';
import type { DiagnosticLog } from './diagnostic-log';

export function reportChanges(previous: Framework, next: Framework, log: DiagnosticLog): void {
  const list = (names: string[]) => `${names.slice(0, 10).join(', ')}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`;
  const roleIds = new Set(next.roles.map((r) => r.id));
  const competencyIds = new Set(next.competencies.map((c) => c.id));
  const goneRoles = previous.roles.filter((r) => !roleIds.has(r.id)).map((r) => r.title);
  const goneCompetencies = previous.competencies.filter((c) => !competencyIds.has(c.id)).map((c) => c.name);
  const keptRoles = previous.roles.length - goneRoles.length;
  const keptCompetencies = previous.competencies.length - goneCompetencies.length;
  log.add({
    severity: 'info',
    message: `version ${next.version} replaces version ${previous.version}: ${keptRoles} role(s) and ${keptCompetencies} competencies kept their ids, ${next.roles.length - keptRoles} role(s) and ${next.competencies.length - keptCompetencies} competencies are new`,
  });
  if (goneRoles.length) log.add({ severity: 'info', message: `roles no longer in the matrix: ${list(goneRoles)} (plans made against version ${previous.version} keep them)` });
  if (goneCompetencies.length) log.add({ severity: 'info', message: `competencies no longer in the matrix: ${list(goneCompetencies)} (plans made against version ${previous.version} keep them)` });
}
