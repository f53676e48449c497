// schema.org Occupation JSON-LD for a role's page of the published career paths, so search engines and HR tools can
// read what the role is: its name, description, skills, qualifications, responsibilities and category.
import { indexFramework, type Framework } from '../../model/framework';
import type { Role } from '../../model/role';
import { levelName } from '../../model/scale';
import { trusted, type SafeHtml } from '../html';

export function occupationJsonLd(framework: Framework, role: Role): Record<string, unknown> {
  const index = indexFramework(framework);
  const skills = role.competencies.map((req) => {
    const c = index.competencyById.get(req.competencyId);
    const name = c?.name ?? req.competencyId;
    return `${name} (${levelName(index.scaleOf(req.competencyId), req.level)})`;
  });
  const qualifications = [...role.requirements.required, ...role.requirements.preferred];
  const category = role.family || role.track;
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: role.title,
    ...(role.summary ? { description: role.summary } : {}),
    ...(skills.length ? { skills: skills.join(', ') } : {}),
    ...(qualifications.length ? { qualifications: qualifications.join('; ') } : {}),
    ...(role.responsibilities.length ? { responsibilities: role.responsibilities.join('; ') } : {}),
    ...(category ? { occupationalCategory: category } : {}),
    ...(role.level ? { experienceRequirements: role.level } : {}),
  };
}

/** The JSON-LD as a <script> element: text from the framework can never close the element or open markup. */
export function occupationScript(framework: Framework, role: Role): SafeHtml {
  const json = JSON.stringify(occupationJsonLd(framework, role)).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return trusted(`<script type="application/ld+json">${json}</script>`);
}
