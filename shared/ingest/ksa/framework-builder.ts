// Gathers what the sheets of a workbook say into one framework: competencies shared across department sheets,
// roles keyed by track and title, scales deduplicated, and, on a re-import, the ids and hand-written details of
// the previous version kept so plans made against it still read.
import type { Competency, CompetencyKind } from '../../model/competency';
import { FRAMEWORK_KIND, FRAMEWORK_SCHEMA_VERSION, type Framework, type Transition } from '../../model/framework';
import { nameKey, slugify } from '../../model/names';
import type { Role, RoleCompetency } from '../../model/role';
import { DEFAULT_SCALE, type Scale } from '../../model/scale';
import { scaleSignature } from './scales';

export interface CompetencyInput {
  name: string;
  kind: CompetencyKind;
  category: string;
  description: string;
  idHint?: string;
  scaleId: string;
  /** Whether the sheet said the kind; a default kind gives way to a kind another sheet states. */
  kindStated?: boolean;
  /** The sheet it is read from: names the competency apart when another sheet has it on another scale. */
  sheet?: string;
}

export interface CompetencyRead {
  competency: Competency;
  added: boolean;
  /** Another sheet has a competency of this name on another scale: this one was kept apart, under another name. */
  apartFrom?: { competency: Competency; sheet: string };
  /** Another sheet states another kind for it: that kind was kept. */
  otherKind?: { kind: CompetencyKind; sheet: string };
}

export class FrameworkBuilder {
  readonly competencies: Competency[] = [];
  readonly roles: Role[] = [];
  readonly scales: Scale[] = [];
  readonly transitions: Transition[] = [];
  private readonly competencyByKey = new Map<string, Competency>();
  private readonly roleByKey = new Map<string, Role>();
  private readonly rolesByTitle = new Map<string, Role[]>();
  private readonly usedIds = { competency: new Set<string>(), role: new Set<string>(), scale: new Set<string>() };
  /** Ids given out by this import (usedIds also holds the previous version's, reserved). */
  private readonly currentIds = { competency: new Set<string>(), role: new Set<string>() };
  private readonly trackFamily = new Map<string, string>();
  private readonly scaleBySignature = new Map<string, Scale>();
  private readonly previousCompetency = new Map<string, Competency>();
  private readonly previousRole = new Map<string, Role>();
  private readonly previousRoleByTitle = new Map<string, Role[]>();
  /** The competencies kept apart from one of the same name because their levels are on another scale. */
  private readonly onOtherScales = new Map<string, Competency[]>();
  private readonly sheetOf = new Map<string, string>();
  /** The sheet that stated each competency's kind. */
  private readonly kindSaidOn = new Map<string, string>();

  constructor(readonly previous?: Framework) {
    if (!previous) return;
    for (const c of previous.competencies) {
      this.previousCompetency.set(nameKey(c.name), c);
      for (const alias of c.aliases) if (!this.previousCompetency.has(nameKey(alias))) this.previousCompetency.set(nameKey(alias), c);
      // a removed competency's id is never handed to a new one: old plans would point at the wrong thing
      this.usedIds.competency.add(c.id);
    }
    for (const r of previous.roles) {
      this.previousRole.set(roleKey(r.track || r.family, r.title), r);
      const key = nameKey(r.title);
      this.previousRoleByTitle.set(key, [...(this.previousRoleByTitle.get(key) ?? []), r]);
      this.usedIds.role.add(r.id);
    }
  }

  scaleById(id: string | undefined): Scale | undefined {
    return this.scales.find((s) => s.id === id);
  }

  /** The framework's id for a scale, adding it when no scale with the same levels is there yet. */
  scaleId(scale: Scale): string {
    const signature = scaleSignature(scale);
    const known = this.scaleBySignature.get(signature);
    if (known) return known.id;
    const fromPrevious = this.previous?.scales.find((s) => scaleSignature(s) === signature);
    const id = uniqueId(fromPrevious?.id ?? scale.id, this.usedIds.scale);
    const added: Scale = { ...scale, id };
    this.scales.push(added);
    this.scaleBySignature.set(signature, added);
    return id;
  }



  /** What a level of a competency looks like, in the sheet's words (the first one read for a level is kept). */
  describe(competency: Competency, level: number, text: string, source?: string): void {
    const clean = text.trim();
    if (!clean) return;
    const list = competency.descriptors;
    const last = list[list.length - 1];
    // levels mostly arrive in order: appending is the common case, and a 1,000-level ladder must not sort per cell
    // a literal of its own shape (no spread): a spread literal is allocated with room to spare, 200,000 times over
    const descriptor = source ? { level, text: clean, source } : { level, text: clean };
    if (!last || last.level < level) {
      list.push(descriptor);
      return;
    }
    if (list.some((d) => d.level === level)) return;
    list.push(descriptor);
    list.sort((a, b) => a.level - b.level);
  }

  /**
   * The competency of that name (case and spaces ignored), adding it when new to this import. A level means what its
   * sheet's scale says, so the same name on a sheet with another scale is another competency, "Name (Sheet)", shared
   * by the sheets that use that scale; the caller says so at the cell.
   */
  competency(input: CompetencyInput): CompetencyRead {
    const key = nameKey(input.name);
    const existing = this.competencyByKey.get(key);
    if (!existing) return { competency: this.add(input, key), added: true };
    if (existing.scaleId === input.scaleId) return { competency: existing, added: false, ...this.agreeKind(existing, input) };
    const apartFrom = { competency: existing, sheet: this.sheetOf.get(existing.id) ?? '' };
    const apart = this.onOtherScales.get(key) ?? [];
    const shared = apart.find((c) => c.scaleId === input.scaleId);
    if (shared) return { competency: shared, added: false, apartFrom, ...this.agreeKind(shared, input) };
    const where = input.sheet || 'another scale';
    let name = `${existing.name} (${where})`;
    for (let n = 2; this.competencyByKey.has(nameKey(name)); n++) name = `${existing.name} (${where} ${n})`;
    // (an id column's id belongs to the competency of the first sheet)
    const added = this.add({ ...input, name, idHint: undefined }, nameKey(name));
    this.onOtherScales.set(key, [...apart, added]);
    return { competency: added, added: true, apartFrom };
  }

  /** A kind the sheet states replaces a default one; two stated kinds that differ keep the first, said by the caller. */
  private agreeKind(competency: Competency, input: CompetencyInput): Pick<CompetencyRead, 'otherKind'> {
    if (!input.kindStated) return {};
    const saidOn = this.kindSaidOn.get(competency.id);
    if (saidOn === undefined) {
      competency.kind = input.kind;
      this.kindSaidOn.set(competency.id, input.sheet ?? '');
      return {};
    }
    return competency.kind === input.kind ? {} : { otherKind: { kind: competency.kind, sheet: saidOn } };
  }

  private add(input: CompetencyInput, key: string): Competency {
    const before = this.previousCompetency.get(key);
    const id = before && !this.currentIds.competency.has(before.id) ? before.id : freshId(slugify(input.idHint || input.name), this.usedIds.competency);
    this.currentIds.competency.add(id);
    this.usedIds.competency.add(id);
    const competency: Competency = {
      id,
      name: input.name,
      kind: input.kind,
      category: input.category,
      description: input.description || before?.description || '',
      scaleId: input.scaleId,
      aliases: before ? before.aliases.filter((a) => nameKey(a) !== key) : [],
      descriptors: [],
    };
    this.competencies.push(competency);
    this.competencyByKey.set(key, competency);
    if (input.sheet !== undefined) this.sheetOf.set(id, input.sheet);
    if (input.kindStated) this.kindSaidOn.set(id, input.sheet ?? '');
    return competency;
  }



  /** The role of that title in that track, adding it when new (a department split over tabs shares its roles). */
  role(title: string, trackName: string, family: string, rank: number, management: boolean): { role: Role; added: boolean } {
    const track = this.trackOf(trackName, family);
    const titleKey = this.key(title);
    const key = `${this.key(track)}\u0000${titleKey}`;
    const existing = this.roleByKey.get(key);
    if (existing) return { role: existing, added: false };
    const sameTitle = this.previousRoleByTitle.get(titleKey);
    const before = this.previousRole.get(key) ?? (sameTitle?.length === 1 ? sameTitle[0] : undefined);
    let id: string;
    if (before && !this.currentIds.role.has(before.id)) id = before.id;
    else {
      const plain = slugify(title);
      const clash = this.usedIds.role.has(plain) || this.rolesByTitle.has(titleKey);
      id = freshId(clash && track ? slugify(`${track} ${title}`) : plain, this.usedIds.role);
    }
    this.usedIds.role.add(id);
    this.currentIds.role.add(id);
    const role: Role = {
      id,
      title,
      family,
      track,
      rank,
      level: before?.level ?? '',
      summary: before?.summary ?? '',
      reportsTo: before?.reportsTo ?? '',
      location: before?.location ?? '',
      responsibilities: before ? [...before.responsibilities] : [],
      requirements: before ? { required: [...before.requirements.required], preferred: [...before.requirements.preferred] } : { required: [], preferred: [] },
      competencies: [],
      management: management || (before?.management ?? false),
    };
    this.roles.push(role);
    this.roleByKey.set(key, role);
    const sameTitleNow = this.rolesByTitle.get(titleKey);
    if (sameTitleNow) sameTitleNow.push(role);
    else this.rolesByTitle.set(titleKey, [role]);
    return { role, added: true };
  }

  /** Two departments that both name a track "Management" have two tracks: promotions never cross departments. */
  private trackOf(track: string, family: string): string {
    const owner = this.trackFamily.get(this.key(track));
    if (owner === undefined) {
      this.trackFamily.set(this.key(track), this.key(family));
      return track;
    }
    if (owner === this.key(family) || !family) return track;
    const qualified = `${family} / ${track}`;
    if (!this.trackFamily.has(this.key(qualified))) this.trackFamily.set(this.key(qualified), this.key(family));
    return qualified;
  }

  private readonly keys = new Map<string, string>();
  /** nameKey, remembered: track and department names repeat on every role. */
  private key(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) this.keys.set(text, (key = nameKey(text)));
    return key;
  }

  /** Adds requirements read for a role; when the role already had some (from another tab), repeats are returned, not added. */
  addRequirements(role: Role, requirements: RoleCompetency[]): RoleCompetency[] {
    if (!role.competencies.length) {
      role.competencies = requirements;
      return [];
    }
    const have = new Set(role.competencies.map((r) => r.competencyId));
    const repeats: RoleCompetency[] = [];
    for (const req of requirements) {
      if (have.has(req.competencyId)) repeats.push(req);
      else {
        have.add(req.competencyId);
        role.competencies.push(req);
      }
    }
    return repeats;
  }

  /** The finished framework: the default scale is the one most competencies use; only the others name theirs. */
  build(header: { id: string; name: string; version: number; source: Framework['source'] }): Framework {
    // a ladder of titles alone (no competency read) still needs a scale for a valid file
    const scales = this.scales.length ? this.scales : [DEFAULT_SCALE];
    const uses = new Map<string, number>();
    for (const c of this.competencies) if (c.scaleId) uses.set(c.scaleId, (uses.get(c.scaleId) ?? 0) + 1);
    let defaultScaleId = scales[0]?.id ?? '';
    let most = -1;
    for (const s of scales) {
      const n = uses.get(s.id) ?? 0;
      if (n > most) {
        most = n;
        defaultScaleId = s.id;
      }
    }
    for (const c of this.competencies) if (c.scaleId === defaultScaleId) delete c.scaleId;
    return {
      kind: FRAMEWORK_KIND,
      schemaVersion: FRAMEWORK_SCHEMA_VERSION,
      id: header.id,
      name: header.name,
      version: header.version,
      source: header.source,
      scales,
      defaultScaleId,
      competencies: this.competencies,
      roles: this.roles,
      transitions: this.transitions,
    };
  }
}

function roleKey(track: string, title: string): string {
  return `${nameKey(track)}\u0000${nameKey(title)}`;
}

function freshId(base: string, used: ReadonlySet<string>): string {
  let id = base || 'item';
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

function uniqueId(base: string, used: Set<string>): string {
  const id = freshId(slugify(base), used);
  used.add(id);
  return id;
}
