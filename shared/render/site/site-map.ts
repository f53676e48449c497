// Where each page of the published career-paths site lives: flat, relative file names, unique and safe whatever
// the framework's ids hold, so the site works from file:// and from any static host.
import { tracksOf, type Framework } from '../../model/framework';
import { uniqueSlugger } from '../../model/names';
import type { Role } from '../../model/role';

export interface SiteMap {
  index: string;
  competencies: string;
  startGuide: string;
  frameworkFile: string;
  role(roleId: string): string;
  track(track: string): string;
  move(fromId: string, toId: string): string;
  objectivesFile(roleId: string): string;
  assessmentFile(roleId: string): string;
  /** Track name as shown ("Roles" for roles without one). */
  trackName(track: string): string;
}

export function trackOf(role: Pick<Role, 'track' | 'family'>): string {
  return role.track || role.family || '';
}

export function siteMap(framework: Framework): SiteMap {
  const slug = uniqueSlugger();
  const roles = new Map(framework.roles.map((r) => [r.id, slug(`role-${r.id}`)]));
  const tracks = new Map([...tracksOf(framework).keys()].map((t) => [t, slug(`track-${t || 'roles'}`)]));
  const moves = new Map<string, string>();
  const bare = (id: string) => (roles.get(id) ?? id).replace(/^role-/, '');
  return {
    index: 'index.html',
    competencies: 'competencies.html',
    startGuide: 'start-a-plan.html',
    frameworkFile: 'framework.json',
    role: (id) => `${roles.get(id) ?? slug(`role-${id}`)}.html`,
    track: (t) => `${tracks.get(t) ?? slug(`track-${t}`)}.html`,
    move: (from, to) => {
      const key = `${from}\u0000${to}`;
      let name = moves.get(key);
      if (!name) moves.set(key, (name = slug(`move-${bare(from)}-to-${bare(to)}`)));
      return `${name}.html`;
    },
    objectivesFile: (id) => `start/${roles.get(id) ?? slug(id)}.objectives.json`,
    assessmentFile: (id) => `start/${roles.get(id) ?? slug(id)}.assessment.csv`,
    trackName: (t) => t || 'Roles',
  };
}
