// Drive: the homepage lists the person's career paths; selecting a plan file shows its summary and workflow
// card, selecting a framework file offers to use it. Files Trellis may not open yet get a one-click grant.
import { parseCareerFileName } from '../../../shared/storage/drive-files';
import { homeCard } from '../cards/home-card';
import { button, buttons, card, navigate, plain, section } from '../cards/kit';
import { listPlanFiles, loadStoredPlan } from '../drive/plan-files';
import { loadFrameworkFile } from '../drive/framework-files';
import { gas } from '../platform/apps-script';
import { param, requireParam, type AddonEvent, type DriveItem } from '../platform/event';
import { currentEmail } from '../platform/session';
import { openPlanCard } from './plan-actions';

export const DEFAULT_FRAMEWORK_KEY = 'trellis.defaultFramework';

export function homepage(e: AddonEvent) {
  return [homeCard(e.commonEventObject?.hostApp ?? 'DRIVE', listPlanFiles(), currentEmail())];
}

/** Another page of the career paths on the home card. */
export function homePage(e: AddonEvent) {
  return navigate(homeCard(param(e, 'host') ?? e.commonEventObject?.hostApp ?? 'DRIVE', listPlanFiles(), currentEmail(), Number(param(e, 'page')) || 0), 'update');
}

function accessCard(item: DriveItem, what: string) {
  return card({
    name: 'drive-access',
    title: item.title,
    subtitle: what,
    sections: [section(undefined, [plain('Trellis only opens the files you give it (the drive.file permission). Allow it to open this one to continue.'), buttons(button('Allow Trellis to open this file', 'requestDriveFileAccess', { itemId: item.id }, true))])],
  });
}

function frameworkCard(item: DriveItem) {
  const framework = loadFrameworkFile(item.id, item.title);
  return card({
    name: 'framework',
    title: `${framework.name} v${framework.version}`,
    subtitle: `${framework.roles.length} roles · ${framework.competencies.length} competencies`,
    sections: [
      section(undefined, [
        plain(`Imported from ${framework.source.name || framework.source.format}${framework.source.importedAt ? ` on ${framework.source.importedAt.slice(0, 10)}` : ''}.`),
        plain(`Tracks: ${[...new Set(framework.roles.map((r) => r.track || r.family).filter(Boolean))].join(', ') || 'one'}.`),
        buttons(button('Use this framework for my career path', 'frameworkUse', { fileId: item.id, id: framework.id, version: String(framework.version), name: framework.name }, true)),
      ]),
    ],
  });
}

/**
 * Selecting a plan (with its framework file, when Trellis cannot open that yet) shows the plan; a framework alone
 * offers to use it. Each selected career file Trellis may not open yet is granted first, one click each.
 */
export function driveItemsSelected(e: AddonEvent) {
  const selected = e.drive?.selectedItems?.length ? e.drive.selectedItems : e.drive?.activeCursorItem ? [e.drive.activeCursorItem] : [];
  const career = selected.map((item) => ({ item, kind: parseCareerFileName(item.title)?.kind })).filter((x) => x.kind);
  if (!career.length) return homepage(e);
  const locked = career.filter((x) => !x.item.addonHasFileScopePermission);
  if (locked.length) {
    const { item, kind } = locked[0]!;
    const what = kind === 'plan' ? 'A career path' : 'A competency framework';
    return [accessCard(item, career.length > 1 ? `${what} (${career.length - locked.length + 1} of ${career.length} files)` : what)];
  }
  const plan = career.find((x) => x.kind === 'plan');
  if (plan) return [openPlanCard(loadStoredPlan(plan.item.id))];
  return [frameworkCard(career[0]!.item)];
}

/** Asks Drive to let Trellis open the selected file (drive.file, one file). */
export function requestDriveFileAccess(e: AddonEvent) {
  return gas().CardService.newDriveItemsSelectedActionResponseBuilder().requestFileScope(requireParam(e, 'itemId')).build();
}

/** Remembers the framework this person builds career paths with. */
export function frameworkUse(e: AddonEvent) {
  const choice = { fileId: requireParam(e, 'fileId'), id: requireParam(e, 'id'), version: Number(requireParam(e, 'version')), name: requireParam(e, 'name') };
  gas().PropertiesService.getUserProperties().setProperty(DEFAULT_FRAMEWORK_KEY, JSON.stringify(choice));
  return navigate(
    card({ name: 'framework-chosen', title: choice.name, subtitle: `Version ${choice.version}`, sections: [section(undefined, [plain('Trellis will use this framework when you turn a job description into a career path in Google Docs.')])] }),
    'update',
    `Using ${choice.name} v${choice.version}`,
  );
}
