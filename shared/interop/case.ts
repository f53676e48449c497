// Frameworks to and from 1EdTech CASE 1.1 (Competencies and Academic Standards Exchange) JSON, so a ladder kept in
// Trellis can be read by any CASE tool and a CASE framework used for career plans. The mapping:
//   framework                → CFDocument
//   competency group         → CFItem "Competency Group", child of the document
//   competency               → CFItem "Competency" (humanCodingScheme = Trellis id), child of its group
//   track                    → CFItem "Career Track";  role → CFItem "Job Role", child of its track (sequence = rank)
//   promotion                → CFAssociation "precedes" (role → next role)
//   lateral / exploratory    → CFAssociation "isRelatedTo" with extensions.trellisMove
//   scale levels, descriptors→ CFRubric per competency: one criterion, one level per rank (quality = level name,
//                              score = rank, description = what that level looks like)
//   requirement              → CFAssociation "isRelatedTo" role → criterion level (extensions.trellisImportance)
// Identifiers are UUIDs derived from the framework's and each object's Trellis id, so exporting, editing and
// importing again updates the same framework, competencies and roles.
import { z } from 'zod';
import type { Competency } from '../model/competency';
import { FRAMEWORK_KIND, FRAMEWORK_SCHEMA_VERSION, FrameworkSchema, transitionsOf, type Framework, type Transition } from '../model/framework';
import { slugify } from '../model/names';
import type { Role } from '../model/role';
import { DEFAULT_SCALE, type Scale } from '../model/scale';

const TYPES = { group: 'Competency Group', competency: 'Competency', track: 'Career Track', role: 'Job Role' } as const;

/** A UUID-shaped identifier that is always the same for the same name (two FNV-1a 64-bit hashes). */
export function stableUuid(name: string): string {
  const hash = (seed: bigint) => {
    let h = 0xcbf29ce484222325n ^ seed;
    for (const ch of new TextEncoder().encode(name)) {
      h ^= BigInt(ch);
      h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return h.toString(16).padStart(16, '0');
  };
  const hex = hash(0n) + hash(0x9e3779b97f4a7c15n);
  // version 8 (custom) and the RFC 4122 variant, so validators accept it as a UUID
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const Uri = (base: string, kind: string, id: string) => `${base}/${kind}/${id}`;

export interface CaseOptions {
  /** When the export was made (lastChangeDateTime). */
  now: string;
  /** Base of the URIs ("https://careers.example.com/case"); a URN by default. */
  baseUri?: string;
}

export function frameworkToCase(framework: Framework, options: CaseOptions): CasePackage {
  const base = options.baseUri ?? `urn:trellis:${framework.id}`;
  const id = (kind: string, key: string) => stableUuid(`trellis:${framework.id}:${kind}:${key}`);
  const ref = (kind: string, key: string, title: string) => ({ title, identifier: id(kind, key), uri: Uri(base, kind, id(kind, key)) });
  const when = options.now;
  const doc = { identifier: stableUuid(`trellis:${framework.id}`), uri: Uri(base, 'CFDocuments', stableUuid(`trellis:${framework.id}`)) };
  const docRef = { title: framework.name, ...doc };
  const scaleOf = (c: Competency): Scale => framework.scales.find((s) => s.id === (c.scaleId ?? framework.defaultScaleId)) ?? framework.scales[0] ?? DEFAULT_SCALE;
  const groups = [...new Set(framework.competencies.map((c) => c.category).filter(Boolean))];
  const tracks = [...new Set(framework.roles.map((r) => r.track || r.family || framework.name))];
  const items: CaseItem[] = [];
  const associations: CaseAssociation[] = [];
  const association = (type: string, origin: { title: string; identifier: string; uri: string }, destination: { title: string; identifier: string; uri: string }, extra: Partial<CaseAssociation> = {}) => {
    const key = `${type}:${origin.identifier}:${destination.identifier}`;
    associations.push({ identifier: id('association', key), uri: Uri(base, 'CFAssociations', id('association', key)), associationType: type, CFDocumentURI: docRef, originNodeURI: origin, destinationNodeURI: destination, lastChangeDateTime: when, ...extra });
  };
  for (const group of groups) {
    const r = ref('CFItems', `group:${group}`, group);
    items.push({ identifier: r.identifier, uri: r.uri, CFDocumentURI: docRef, fullStatement: group, CFItemType: TYPES.group, lastChangeDateTime: when });
    association('isChildOf', r, docRef);
  }
  framework.competencies.forEach((c, i) => {
    const r = ref('CFItems', `competency:${c.id}`, c.name);
    items.push({
      identifier: r.identifier,
      uri: r.uri,
      CFDocumentURI: docRef,
      fullStatement: c.name,
      humanCodingScheme: c.id,
      CFItemType: TYPES.competency,
      ...(c.description ? { notes: c.description } : {}),
      conceptKeywords: [c.kind],
      ...(c.aliases.length ? { alternativeLabel: c.aliases.join('; ') } : {}),
      lastChangeDateTime: when,
    });
    association('isChildOf', r, c.category ? ref('CFItems', `group:${c.category}`, c.category) : docRef, { sequenceNumber: i + 1 });
  });
  for (const track of tracks) {
    const r = ref('CFItems', `track:${track}`, track);
    items.push({ identifier: r.identifier, uri: r.uri, CFDocumentURI: docRef, fullStatement: track, CFItemType: TYPES.track, lastChangeDateTime: when });
    association('isChildOf', r, docRef);
  }
  const levelRef = (c: Competency, rank: number) => ref('CFRubricCriterionLevels', `level:${c.id}:${rank}`, `${c.name} ${rank}`);
  const competencyById = new Map(framework.competencies.map((c) => [c.id, c]));
  for (const role of framework.roles) {
    const r = ref('CFItems', `role:${role.id}`, role.title);
    items.push({
      identifier: r.identifier,
      uri: r.uri,
      CFDocumentURI: docRef,
      fullStatement: role.title,
      humanCodingScheme: role.id,
      CFItemType: TYPES.role,
      ...(role.summary ? { notes: role.summary } : {}),
      ...(role.level ? { abbreviatedStatement: role.level } : {}),
      lastChangeDateTime: when,
      extensions: { trellisRole: { family: role.family, management: role.management, responsibilities: role.responsibilities, requirements: role.requirements } },
    });
    const track = role.track || role.family || framework.name;
    association('isChildOf', r, ref('CFItems', `track:${track}`, track), { sequenceNumber: role.rank });
    for (const req of role.competencies) {
      const c = competencyById.get(req.competencyId);
      if (!c) continue;
      association('isRelatedTo', r, levelRef(c, req.level), { extensions: { trellisImportance: req.importance } });
    }
  }
  const roleById = new Map(framework.roles.map((r) => [r.id, r]));
  for (const t of transitionsOf(framework)) {
    const from = roleById.get(t.from);
    const to = roleById.get(t.to);
    if (!from || !to) continue;
    const explicit = framework.transitions.some((x) => x.from === t.from && x.to === t.to);
    association(t.type === 'promotion' ? 'precedes' : 'isRelatedTo', ref('CFItems', `role:${from.id}`, from.title), ref('CFItems', `role:${to.id}`, to.title), {
      extensions: { trellisMove: t.type, ...(explicit ? { trellisListed: true } : {}), ...(t.note ? { trellisNote: t.note } : {}) },
    });
  }
  const rubrics: CaseRubric[] = framework.competencies.map((c) => {
    const scale = scaleOf(c);
    const rubricId = id('CFRubrics', `rubric:${c.id}`);
    const criterionId = id('CFRubricCriteria', `criterion:${c.id}`);
    return {
      identifier: rubricId,
      uri: Uri(base, 'CFRubrics', rubricId),
      title: c.name,
      description: `${scale.name}`,
      lastChangeDateTime: when,
      CFRubricCriteria: [
        {
          identifier: criterionId,
          uri: Uri(base, 'CFRubricCriteria', criterionId),
          category: c.category,
          description: c.name,
          CFItemURI: ref('CFItems', `competency:${c.id}`, c.name),
          position: 1,
          rubricId,
          lastChangeDateTime: when,
          CFRubricCriterionLevels: scale.levels.map((level, i) => {
            const r = levelRef(c, level.rank);
            const said = c.descriptors.find((d) => d.level === level.rank)?.text;
            return { identifier: r.identifier, uri: r.uri, description: said ?? level.description ?? '', quality: level.name, score: level.rank, position: i + 1, rubricCriterionId: criterionId, lastChangeDateTime: when };
          }),
        },
      ],
    };
  });
  return {
    CFDocument: {
      ...doc,
      creator: 'Trellis',
      title: framework.name,
      lastChangeDateTime: when,
      version: String(framework.version),
      adoptionStatus: 'Draft',
      language: 'en',
      frameworkType: 'career framework',
      extensions: { trellisId: framework.id, trellisScales: framework.scales, trellisDefaultScaleId: framework.defaultScaleId, trellisSource: framework.source },
    },
    CFItems: items,
    CFAssociations: associations,
    CFRubrics: rubrics,
    CFDefinitions: { CFItemTypes: Object.values(TYPES).map((t) => ({ identifier: stableUuid(`trellis:item-type:${t}`), uri: Uri(base, 'CFItemTypes', stableUuid(`trellis:item-type:${t}`)), title: t, description: t, hierarchyCode: t, lastChangeDateTime: when })) },
  };
}

const LinkSchema = z.object({ identifier: z.string(), uri: z.string(), title: z.string().optional() }).passthrough();
const CaseItemSchema = z
  .object({
    identifier: z.string(),
    uri: z.string().optional(),
    fullStatement: z.string(),
    humanCodingScheme: z.string().optional(),
    abbreviatedStatement: z.string().optional(),
    CFItemType: z.string().optional(),
    notes: z.string().optional(),
    conceptKeywords: z.array(z.string()).optional(),
    alternativeLabel: z.string().optional(),
    extensions: z.record(z.string(), z.unknown()).optional(),
  })
  .passthrough();
const CaseAssociationSchema = z
  .object({ identifier: z.string(), associationType: z.string(), originNodeURI: LinkSchema, destinationNodeURI: LinkSchema, sequenceNumber: z.number().optional(), extensions: z.record(z.string(), z.unknown()).optional() })
  .passthrough();
const LevelSchema = z.object({ identifier: z.string(), description: z.string().optional(), quality: z.string().optional(), score: z.number().optional(), position: z.number().optional() }).passthrough();
const CaseRubricSchema = z
  .object({ identifier: z.string(), title: z.string().optional(), CFRubricCriteria: z.array(z.object({ identifier: z.string(), CFItemURI: LinkSchema.optional(), CFRubricCriterionLevels: z.array(LevelSchema).default([]) }).passthrough()).default([]) })
  .passthrough();
export const CasePackageSchema = z
  .object({
    CFDocument: z.object({ identifier: z.string(), uri: z.string().optional(), title: z.string(), version: z.string().optional(), extensions: z.record(z.string(), z.unknown()).optional() }).passthrough(),
    CFItems: z.array(CaseItemSchema).default([]),
    CFAssociations: z.array(CaseAssociationSchema).default([]),
    CFRubrics: z.array(CaseRubricSchema).default([]),
  })
  .passthrough();
export type CasePackage = z.input<typeof CasePackageSchema> & Record<string, unknown>;
type CaseItem = z.input<typeof CaseItemSchema> & Record<string, unknown>;
type CaseAssociation = z.input<typeof CaseAssociationSchema> & Record<string, unknown>;
type CaseRubric = z.input<typeof CaseRubricSchema> & Record<string, unknown>;

/** Whether parsed JSON is a CASE package (CFDocument and CFItems) rather than a Trellis file. */
export function isCasePackage(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'CFDocument' in value && ('CFItems' in value || 'CFAssociations' in value);
}

/**
 * A framework from a CASE package. Items of the types Trellis writes are read as written; any other CASE framework
 * reads its items as competencies (grouped under their parents), with rubric levels as the scale and descriptors.
 * Problems are returned, never thrown.
 */
export function caseToFramework(input: unknown): { framework?: Framework; problems: string[] } {
  const parsed = CasePackageSchema.safeParse(input);
  if (!parsed.success) return { problems: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`) };
  const pkg = parsed.data;
  const ext = (pkg.CFDocument.extensions ?? {}) as Record<string, unknown>;
  const byId = new Map(pkg.CFItems.map((i) => [i.identifier, i]));
  const typeOf = (i: { CFItemType?: string }) => i.CFItemType ?? TYPES.competency;
  const parentOf = new Map<string, { id: string; sequence?: number }>();
  for (const a of pkg.CFAssociations) if (a.associationType === 'isChildOf') parentOf.set(a.originNodeURI.identifier, { id: a.destinationNodeURI.identifier, ...(a.sequenceNumber !== undefined ? { sequence: a.sequenceNumber } : {}) });
  const ids = new Set<string>();
  const idFor = (item: { humanCodingScheme?: string; fullStatement: string }) => {
    let id = item.humanCodingScheme && /^[a-z0-9][a-z0-9-]*$/.test(item.humanCodingScheme) ? item.humanCodingScheme : slugify(item.fullStatement) || 'item';
    for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    ids.add(id);
    return id;
  };
  const known = new Set<string>(Object.values(TYPES));
  const competencyItems = pkg.CFItems.filter((i) => typeOf(i) === TYPES.competency || !known.has(typeOf(i)));
  // a foreign CASE tree: items with children are groups, leaves are competencies
  const hasChildren = new Set([...parentOf.values()].map((p) => p.id));
  const leaves = competencyItems.filter((i) => typeOf(i) === TYPES.competency || !hasChildren.has(i.identifier));
  const competencyIdOf = new Map<string, string>();
  // a foreign package's rubric levels become scales (shared by competencies whose levels match)
  const scalesRead: Scale[] = [];
  const levelOf = new Map<string, { competency: string; rank: number }>();
  const scales: Scale[] = Array.isArray(ext.trellisScales) ? (ext.trellisScales as Scale[]) : [];
  const defaultScaleId = typeof ext.trellisDefaultScaleId === 'string' ? ext.trellisDefaultScaleId : undefined;
  const rubricOf = new Map<string, z.infer<typeof CaseRubricSchema>['CFRubricCriteria'][number]>();
  for (const rubric of pkg.CFRubrics) for (const criterion of rubric.CFRubricCriteria) if (criterion.CFItemURI) rubricOf.set(criterion.CFItemURI.identifier, criterion);
  const competencies: Competency[] = leaves.map((item) => {
    const id = idFor(item);
    competencyIdOf.set(item.identifier, id);
    const parent = parentOf.get(item.identifier);
    const group = parent && byId.get(parent.id);
    const criterion = rubricOf.get(item.identifier);
    const levels = (criterion?.CFRubricCriterionLevels ?? []).map((l, i) => ({ rank: l.score ?? i + 1, name: l.quality || String(l.score ?? i + 1), id: l.identifier, text: l.description ?? '' }));
    for (const l of levels) levelOf.set(l.id, { competency: id, rank: l.rank });
    const kind = item.conceptKeywords?.find((k) => k === 'knowledge' || k === 'skill' || k === 'ability') as Competency['kind'] | undefined;
    const competency: Competency = {
      id,
      name: item.fullStatement,
      kind: kind ?? 'skill',
      category: group ? group.fullStatement : '',
      description: item.notes ?? '',
      aliases: item.alternativeLabel ? item.alternativeLabel.split(/\s*;\s*/).filter(Boolean) : [],
      descriptors: levels.filter((l) => l.text && !isScaleDescription(scales, l.rank, l.text)).map((l) => ({ level: l.rank, text: l.text })),
    };
    // a foreign rubric's levels are its scale, when Trellis wrote no scales
    if (!scales.length && levels.length) {
      const scale: Scale = { id: slugify(`${item.fullStatement} levels`), name: `${item.fullStatement} levels`, levels: levels.map((l) => ({ rank: l.rank, name: l.name })).sort((a, b) => a.rank - b.rank), notYetName: 'Not yet' };
      const same = scalesRead.find((s) => JSON.stringify(s.levels) === JSON.stringify(scale.levels));
      competency.scaleId = same ? same.id : (scalesRead.push(scale), scale.id);
    }
    return competency;
  });
  const roleItems = pkg.CFItems.filter((i) => typeOf(i) === TYPES.role);
  const roleIdOf = new Map<string, string>();
  const roles: Role[] = roleItems.map((item) => {
    const id = idFor(item);
    roleIdOf.set(item.identifier, id);
    const parent = parentOf.get(item.identifier);
    const track = parent && byId.get(parent.id);
    const extra = ((item.extensions ?? {}) as { trellisRole?: Partial<Role> }).trellisRole ?? {};
    return {
      id,
      title: item.fullStatement,
      family: extra.family ?? '',
      track: track?.fullStatement ?? '',
      rank: parent?.sequence ?? 1,
      level: item.abbreviatedStatement ?? '',
      summary: item.notes ?? '',
      reportsTo: '',
      location: '',
      responsibilities: extra.responsibilities ?? [],
      requirements: { required: extra.requirements?.required ?? [], preferred: extra.requirements?.preferred ?? [] },
      competencies: [],
      management: extra.management ?? false,
    };
  });
  const roleById = new Map(roles.map((r) => [r.id, r]));
  const transitions: Transition[] = [];
  for (const a of pkg.CFAssociations) {
    const from = roleIdOf.get(a.originNodeURI.identifier);
    if (!from) continue;
    const level = levelOf.get(a.destinationNodeURI.identifier);
    if (level && a.associationType === 'isRelatedTo') {
      const importance = Number((a.extensions as { trellisImportance?: unknown } | undefined)?.trellisImportance ?? 3);
      roleById.get(from)!.competencies.push({ competencyId: level.competency, level: level.rank, importance: importance >= 1 && importance <= 5 ? importance : 3 });
      continue;
    }
    const to = roleIdOf.get(a.destinationNodeURI.identifier);
    if (!to || to === from) continue;
    const extra = (a.extensions ?? {}) as { trellisMove?: string; trellisListed?: boolean; trellisNote?: string };
    const type = a.associationType === 'precedes' ? 'promotion' : extra.trellisMove === 'lateral' || extra.trellisMove === 'exploratory' ? extra.trellisMove : undefined;
    if (!type) continue;
    // promotions between adjacent ranks of one track are implied; only listed moves are kept as transitions
    if (type === 'promotion' && !extra.trellisListed && roleById.get(from)!.track === roleById.get(to)!.track) continue;
    transitions.push({ from, to, type, ...(extra.trellisNote ? { note: extra.trellisNote } : {}) });
  }
  const allScales = scales.length ? scales : scalesRead.length ? scalesRead : [DEFAULT_SCALE];
  const frameworkId = typeof ext.trellisId === 'string' && ext.trellisId ? ext.trellisId : slugify(pkg.CFDocument.title) || 'case-framework';
  const candidate = {
    kind: FRAMEWORK_KIND,
    schemaVersion: FRAMEWORK_SCHEMA_VERSION,
    id: frameworkId,
    name: pkg.CFDocument.title,
    version: Math.max(1, Math.floor(Number(pkg.CFDocument.version) || 1)),
    source: { format: 'case', name: pkg.CFDocument.uri ?? pkg.CFDocument.identifier },
    scales: allScales,
    defaultScaleId: defaultScaleId && allScales.some((s) => s.id === defaultScaleId) ? defaultScaleId : allScales[0]!.id,
    competencies: competencies.map((c) => (c.scaleId === (defaultScaleId ?? allScales[0]!.id) ? (({ scaleId: _, ...rest }) => rest)(c) : c)),
    roles,
    transitions,
  };
  const checked = FrameworkSchema.safeParse(candidate);
  if (!checked.success) return { problems: checked.error.issues.slice(0, 5).map((i) => `the framework read from CASE is not valid at ${i.path.join('.')}: ${i.message}`) };
  return { framework: checked.data, problems: [] };
}

/** The scale's own words for a level are not a descriptor of the competency. */
function isScaleDescription(scales: Scale[], rank: number, text: string): boolean {
  return scales.some((s) => s.levels.some((l) => l.rank === rank && l.description === text));
}
