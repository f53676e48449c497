// What the plan's target role asks for, recorded in the plan itself: the required levels, their importance and
// the scales they are read on. With it, readiness at any date is computed from the plan alone (the extension's
// panel has no framework), by the same readiness function the report's chart uses, so every surface shows the
// same figure.
import { z } from 'zod';
import { CompetencyKindSchema } from './competency';
import { FRAMEWORK_KIND, FRAMEWORK_SCHEMA_VERSION, indexFramework, type Framework } from './framework';
import { RoleCompetencySchema } from './role';
import { ScaleSchema } from './scale';

export const TargetRequirementsSchema = z.object({
  roleId: z.string().min(1),
  roleTitle: z.string().min(1),
  /** The framework version the requirements were copied from. */
  frameworkVersion: z.number().int().min(1),
  /** The scales of the required competencies (only those). */
  scales: z.array(ScaleSchema).min(1),
  competencies: z.array(z.object({ id: z.string().min(1), name: z.string().min(1), kind: CompetencyKindSchema, scaleId: z.string().min(1) })),
  requirements: z.array(RoleCompetencySchema.omit({ source: true })),
});
export type TargetRequirements = z.infer<typeof TargetRequirementsSchema>;

/** The role's requirements as the plan records them; undefined when the framework has no such role. */
export function targetRequirementsOf(framework: Framework, roleId: string): TargetRequirements | undefined {
  const index = indexFramework(framework);
  const role = index.roleById.get(roleId);
  if (!role) return undefined;
  const scales = new Map<string, Framework['scales'][number]>();
  const competencies = role.competencies.map((req) => {
    const scale = index.scaleOf(req.competencyId);
    scales.set(scale.id, scale);
    const competency = index.competencyById.get(req.competencyId);
    return { id: req.competencyId, name: competency?.name ?? req.competencyId, kind: competency?.kind ?? 'skill', scaleId: scale.id };
  });
  if (!scales.size) scales.set(index.scaleOf('').id, index.scaleOf(''));
  return {
    roleId: role.id,
    roleTitle: role.title,
    frameworkVersion: framework.version,
    scales: [...scales.values()],
    competencies,
    requirements: role.competencies.map(({ competencyId, level, importance }) => ({ competencyId, level, importance })),
  };
}

const rebuilt = new WeakMap<TargetRequirements, Framework>();

/**
 * A framework holding only the target role, rebuilt from what the plan records: the readiness function and the
 * level history read it as they read the full framework, so the figure cannot differ between surfaces.
 */
export function frameworkOfTarget(target: TargetRequirements, framework: { id: string; name?: string }): Framework {
  const hit = rebuilt.get(target);
  if (hit) return hit;
  const built: Framework = {
    kind: FRAMEWORK_KIND,
    schemaVersion: FRAMEWORK_SCHEMA_VERSION,
    id: framework.id,
    name: framework.name || framework.id,
    version: target.frameworkVersion,
    source: { format: 'plan', name: '' },
    scales: target.scales,
    defaultScaleId: target.scales[0]!.id,
    competencies: target.competencies.map((c) => ({ id: c.id, name: c.name, kind: c.kind, category: '', description: '', scaleId: c.scaleId, aliases: [], descriptors: [] })),
    roles: [{ id: target.roleId, title: target.roleTitle, family: '', track: '', rank: 1, level: '', summary: '', reportsTo: '', location: '', responsibilities: [], requirements: { required: [], preferred: [] }, competencies: target.requirements, management: false }],
    transitions: [],
  };
  rebuilt.set(target, built);
  return built;
}
