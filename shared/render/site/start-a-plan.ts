// "Start a plan towards this role", offline: a prefilled objectives file and a self-assessment template to
// download, and the exact steps with the `trellis` command line or the Workspace add-on.
import { indexFramework, type Framework } from '../../model/framework';
import { nameKey } from '../../model/names';
import type { Role } from '../../model/role';
import { levelName } from '../../model/scale';
import { html, type SafeHtml } from '../html';
import { toCsv } from '../csv';
import type { SiteMap } from './site-map';

/** How the plan command and the objectives file name a role: its title when unique, else its id. */
export function roleReference(framework: Framework, role: Role): string {
  const same = framework.roles.filter((r) => nameKey(r.title) === nameKey(role.title));
  return same.length === 1 ? role.title : role.id;
}

/** The objectives file (the `--objectives` format of `trellis plan`) with the role filled in. */
export function objectivesTemplate(framework: Framework, role: Role): string {
  const description = [role.summary, ...role.responsibilities.map((r) => `- ${r}`)].filter(Boolean).join('\n');
  const file = {
    _howTo: `Fill in currentRole (your role today, as the framework names it), your goals beyond it and where you see yourself in five years, then run trellis plan with --objectives this file. Keys starting with _ are ignored.`,
    currentRole: '',
    targetRole: roleReference(framework, role),
    objectives: { beyondCurrentRole: [] as string[], fiveYears: '', futureRoleDescription: description, proposedRoleId: role.id },
    interests: [] as string[],
    growthPreference: role.management ? 'management' : 'undecided',
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One row per competency the role requires: the employee writes their level in the `level` column. */
export function assessmentTemplate(framework: Framework, role: Role): string {
  const index = indexFramework(framework);
  return toCsv(
    ['competency', 'level', 'source', 'date', 'evidence', `required for ${role.title}`],
    role.competencies.map((req) => {
      const scale = index.scaleOf(req.competencyId);
      return [index.competencyById.get(req.competencyId)?.name ?? req.competencyId, '', 'self', '', '', `${levelName(scale, req.level)} (${req.level})`];
    }),
  );
}

function planCommand(framework: Framework, map: SiteMap, role: Role): string {
  return [
    'trellis plan \\',
    `  --framework ${map.frameworkFile} \\`,
    `  --objectives ${map.objectivesFile(role.id).split('/').pop()} \\`,
    `  --assessment ${map.assessmentFile(role.id).split('/').pop()} \\`,
    '  --employee "Your Name <you@example.com>" --manager "Your Manager <manager@example.com>" \\',
    '  --out my-career-plan',
  ].join('\n');
}

/** The section at the foot of each role page. */
export function startPlanSection(framework: Framework, map: SiteMap, role: Role): SafeHtml {
  const scaleNames = framework.scales.map((s) => `${s.name}: ${s.levels.map((l) => `${l.rank} = ${l.name}`).join(', ')}`).join('; ');
  return html`<section class="start" id="start"><h2>Start a plan towards ${role.title}</h2>
<ol>
<li>Download <a href="${map.objectivesFile(role.id)}" download>your objectives file</a> (the role is filled in: add your current role, your goals beyond it and your five-year view) and <a href="${map.assessmentFile(role.id)}" download>the self-assessment</a> (write your level for each competency: ${scaleNames}; or "${framework.scales[0]!.notYetName}").</li>
<li>Download <a href="${map.frameworkFile}" download>this framework</a> (${framework.name}, version ${framework.version}) into the same folder.</li>
<li>With the Trellis command line, in that folder:<pre><code>${planCommand(framework, map, role)}</code></pre>It writes your plan file and a report with the route, your gaps and dated milestones. Share the plan file with your manager, or put it in your Drive "Career paths" folder with <code>trellis drive push</code>.</li>
<li>Or in Google Workspace, with the Trellis add-on: open this role's job description in Google Docs and choose <em>Turn this job description into a career path</em> in the add-on's side panel, pick the ${framework.name} framework, then answer the objectives questions and the self-assessment on the cards. The plan is saved in your Drive "Career paths" folder.</li>
<li>Bring it to your next one-on-one: your manager reviews the proposed role with stakeholders, you agree the plan, and leadership approves it.</li>
</ol></section>`;
}

/** The guide page: the whole process, for anyone arriving from the home page. */
export function startGuideBody(framework: Framework, map: SiteMap): SafeHtml {
  return html`<h1>Start a career plan</h1>
<p class="sub">A plan is worked out together: you, your manager and leadership. It lives as one file you own.</p>
<ol>
<li><strong>Objectives.</strong> Your goals beyond your current role, where you see yourself in five years, and the job description of the role you want.</li>
<li><strong>Alignment.</strong> Your manager reviews the proposed role with stakeholders against what the company needs; you accept it or change it.</li>
<li><strong>Skills and gaps.</strong> You and your manager assess your skills against the target role; the gaps show what to work on.</li>
<li><strong>The plan.</strong> Dated, measurable milestones and development actions (training, stretch and exploratory projects, mentoring, development time), approved by leadership.</li>
<li><strong>Progress.</strong> The last 15 minutes of every one-on-one are for development: check in, tick off milestones, recognise progress.</li>
</ol>
<p>Pick the role you are aiming for on its track (<a href="${map.index}">all tracks</a>); each role page has the files to download and the exact steps at its foot.</p>
<p>Everything you need offline: <a href="${map.frameworkFile}" download>the framework file</a>, and per role an objectives file and a self-assessment.</p>`;
}
