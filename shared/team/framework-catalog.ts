// The frameworks a team's plans were made against, keyed by id and version, so a plan made against an older
// version of the matrix is read against that version (or, when that file is gone, the closest one, said aloud).
import { baseFrameworkId, type Framework } from '../model/framework';
import type { Plan } from '../model/plan';

export interface FrameworkMatch {
  framework: Framework;
  /** Set when the plan's own version was not found and another version of the framework stands in. */
  note?: string;
}

export class FrameworkCatalog {
  private byKey = new Map<string, { framework: Framework; source: string }>();
  private byId = new Map<string, Framework[]>();

  /** Adds a framework; returns a warning when the same id and version is already known from another file. */
  add(framework: Framework, source = ''): string | undefined {
    const key = frameworkKey(framework.id, framework.version);
    const known = this.byKey.get(key);
    if (known) return `${source || framework.name}: ${framework.id} v${framework.version} is already read from ${known.source || 'another file'}; using that one`;
    this.byKey.set(key, { framework, source });
    const versions = this.byId.get(framework.id) ?? [];
    versions.push(framework);
    versions.sort((a, b) => a.version - b.version);
    this.byId.set(framework.id, versions);
    return undefined;
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The exact version a plan names, else the nearest newer version, else the nearest older one. */
  forPlan(ref: Plan['framework']): FrameworkMatch | undefined {
    const exact = this.byKey.get(frameworkKey(ref.id, ref.version));
    if (exact) return { framework: exact.framework };
    const versions = this.byId.get(ref.id);
    if (!versions?.length) return undefined;
    const stand = versions.find((f) => f.version > ref.version) ?? versions[versions.length - 1]!;
    return { framework: stand, note: `made against ${ref.id} v${ref.version}, which is not among the frameworks read; read against v${stand.version}` };
  }

  /**
   * The newest version of each framework HR publishes: the roles a department has today. A plan's own copy of a
   * framework (a job description's role added) is left out when its base framework is known: its roles are the
   * base's, and the role it adds is counted through the plan that aims at it.
   */
  latest(): Framework[] {
    const newest = [...this.byId.values()].map((versions) => versions[versions.length - 1]!);
    const bases = new Set(newest.map((f) => f.id).filter((id) => baseFrameworkId(id) === id));
    return newest.filter((f) => baseFrameworkId(f.id) === f.id || !bases.has(baseFrameworkId(f.id)));
  }

  /** "eng v1, eng v2, product v1": what was read, for messages. */
  describe(): string {
    return [...this.byId.values()].flatMap((vs) => vs.map((f) => `${f.id} v${f.version}`)).join(', ');
  }
}

export function frameworkKey(id: string, version: number): string {
  return `${id}@${version}`;
}

/**
 * A role across versions of one framework, and across the copies made for single plans: the same role id in a newer
 * matrix, or in a plan's copy, is the same role.
 */
export function roleKey(frameworkId: string, roleId: string): string {
  return `${baseFrameworkId(frameworkId)}/${roleId}`;
}
