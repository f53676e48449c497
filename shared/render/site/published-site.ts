// `trellis publish`: the department's career paths as a static site for the intranet or handbook. Pure: returns
// every file by relative path; the command line writes them.
import { indexFramework, tracksOf, type Framework } from '../../model/framework';
import { toFileJson } from '../../model/files';
import { competenciesPageBody, indexPageBody, movePageBody, trackPageBody } from './overview-pages';
import { rolePageBody } from './role-page';
import { sitePage } from './site-layout';
import { siteMap, trackOf } from './site-map';
import { assessmentTemplate, objectivesTemplate, startGuideBody } from './start-a-plan';

export function publishedSite(framework: Framework): Record<string, string> {
  const map = siteMap(framework);
  const index = indexFramework(framework);
  const home = { label: `${framework.name} career paths`, href: map.index };
  const files: Record<string, string> = {
    [map.index]: sitePage(framework, map, { title: 'Career paths', body: indexPageBody(framework, map) }),
    [map.competencies]: sitePage(framework, map, { title: 'Competencies', crumbs: [home], body: competenciesPageBody(framework, map) }),
    [map.startGuide]: sitePage(framework, map, { title: 'Start a plan', crumbs: [home], body: startGuideBody(framework, map) }),
    [map.frameworkFile]: toFileJson(framework),
  };
  for (const track of tracksOf(framework).keys()) {
    files[map.track(track)] = sitePage(framework, map, { title: `${map.trackName(track)} track`, crumbs: [home], body: trackPageBody(framework, map, track) });
  }
  for (const role of framework.roles) {
    const track = trackOf(role);
    const crumbs = [home, { label: map.trackName(track), href: map.track(track) }];
    files[map.role(role.id)] = sitePage(framework, map, { title: role.title, crumbs, body: rolePageBody(framework, map, role) });
    files[map.objectivesFile(role.id)] = objectivesTemplate(framework, role);
    files[map.assessmentFile(role.id)] = assessmentTemplate(framework, role);
  }
  for (const t of index.transitions) {
    const from = index.roleById.get(t.from)!;
    const crumbs = [home, { label: map.trackName(trackOf(from)), href: map.track(trackOf(from)) }, { label: from.title, href: map.role(from.id) }];
    files[map.move(t.from, t.to)] = sitePage(framework, map, { title: `${from.title} → ${index.roleById.get(t.to)!.title}`, crumbs, body: movePageBody(framework, map, t) });
  }
  return files;
}
