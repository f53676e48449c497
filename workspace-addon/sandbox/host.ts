// Runs the BUILT add-on (dist/workspace-addon/Code.js) in a Node vm context that holds only the service fakes,
// and plays the Google host around it: fires the manifest's triggers with the event objects Google sends
// (e.docs.id only after the file-scope grant), keeps the card stack, and presses buttons with form values.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type { AddonEvent, AttendeeFact, DriveItem } from '../src/platform/event';
import { formattedAsText } from './card-fields';
import { REMOVE_POST_ES2020 } from './language-baseline';
import { isBuilt, type BuiltJson, type ButtonJson, type CardJson, type WidgetJson } from './fakes/card-service';
import type { FakeWorkspace } from './workspace';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = resolve(here, '../../dist/workspace-addon');

export interface Manifest {
  addOns: Record<string, Record<string, { runFunction?: string } | unknown>>;
  oauthScopes: string[];
}

export function readManifest(dir = DIST): Manifest {
  return JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8'));
}

/** The built bundle, loaded into a fresh context holding only the workspace's service fakes. */
export class AddonRuntime {
  readonly context: vm.Context;
  constructor(
    readonly workspace: FakeWorkspace,
    dir = DIST,
  ) {
    const file = join(dir, 'Code.js');
    if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build:addon" first`);
    this.context = vm.createContext({ ...workspace.globals() });
    // Apps Script's V8 is documented for modern syntax, not for a list of built-ins: keep to ES2020's
    vm.runInContext(REMOVE_POST_ES2020, this.context, { filename: 'language-baseline.js' });
    vm.runInContext(readFileSync(file, 'utf8'), this.context, { filename: 'Code.js' });
  }

  /** The global functions the script defines (what Apps Script can call by name). */
  globalFunctions(): string[] {
    return vm.runInContext('Object.keys(globalThis).filter((k) => typeof globalThis[k] === "function")', this.context) as string[];
  }

  /** One execution: Apps Script calls a global function by name with an event object. */
  call(name: string, event: AddonEvent): unknown {
    const fn = (this.context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`the script has no global function "${name}"`);
    this.workspace.execution++;
    return (fn as (e: AddonEvent) => unknown)(event);
  }
}

export type Host = 'DOCS' | 'SHEETS' | 'DRIVE' | 'CALENDAR';
const MANIFEST_KEY: Record<Host, string> = { DOCS: 'docs', SHEETS: 'sheets', DRIVE: 'drive', CALENDAR: 'calendar' };

export interface CalendarContext {
  id: string;
  calendarId: string;
  recurringEventId?: string;
  organizer?: { email: string };
  attendees: AttendeeFact[];
}

/** The Google host around the add-on: one side panel, its card stack, and what the user has open. */
export class FakeHost {
  stack: CardJson[] = [];
  notifications: string[] = [];
  host: Host = 'DRIVE';
  /** Drive: the selected items. */
  selected: DriveItem[] = [];
  calendarEvent?: CalendarContext;

  constructor(
    readonly runtime: AddonRuntime,
    readonly manifest: Manifest = readManifest(),
    /** The person whose side panel this is (each person has their own); unset: whoever the workspace is signed in as. */
    readonly user?: string,
  ) {}

  /** Another person's side panel on the same add-on and workspace. */
  panelFor(email: string): FakeHost {
    return new FakeHost(this.runtime, this.manifest, email);
  }

  private signIn(): void {
    if (this.user) this.workspace.as(this.user);
  }

  get workspace(): FakeWorkspace {
    return this.runtime.workspace;
  }

  get card(): CardJson {
    const top = this.stack[this.stack.length - 1];
    if (!top) throw new Error('no card is showing');
    return top;
  }

  trigger(host: Host, name: string): string {
    const section = this.manifest.addOns[MANIFEST_KEY[host]] as Record<string, { runFunction?: string }> | undefined;
    const fn = section?.[name]?.runFunction ?? (name === 'homepageTrigger' ? (this.manifest.addOns.common as Record<string, { runFunction?: string }>).homepageTrigger?.runFunction : undefined);
    if (!fn) throw new Error(`the manifest has no ${MANIFEST_KEY[host]}.${name}`);
    return fn;
  }

  /** The event object the host sends now (parameters and form inputs for button presses). */
  event(extra: { parameters?: Record<string, string>; formInputs?: Record<string, string[]> } = {}): AddonEvent {
    const e: AddonEvent = { commonEventObject: { hostApp: this.host, platform: 'WEB', timeZone: { id: 'Europe/London', offset: '0' } } };
    if (extra.parameters) e.commonEventObject!.parameters = { ...extra.parameters };
    if (extra.formInputs) e.commonEventObject!.formInputs = Object.fromEntries(Object.entries(extra.formInputs).map(([k, v]) => [k, { stringInputs: { value: v } }]));
    const open = this.workspace.editors.activeFileId;
    const granted = !!open && this.workspace.drive.appAccess.has(`${this.workspace.user}|${open}`);
    const title = open ? this.workspace.drive.files.get(open)?.name : undefined;
    if (this.host === 'DOCS') e.docs = granted ? { id: open, title, addonHasFileScopePermission: true } : { addonHasFileScopePermission: false };
    if (this.host === 'SHEETS') e.sheets = granted ? { id: open, title, addonHasFileScopePermission: true } : { addonHasFileScopePermission: false };
    if (this.host === 'DRIVE' && this.selected.length) {
      const items = this.selected.map((item) => ({ ...item, addonHasFileScopePermission: this.workspace.drive.appAccess.has(`${this.workspace.user}|${item.id}`) }));
      e.drive = { activeCursorItem: items[0], selectedItems: items };
    }
    if (this.host === 'CALENDAR' && this.calendarEvent) e.calendar = structuredClone(this.calendarEvent);
    return e;
  }

  private showTriggerResult(name: string, result: unknown): void {
    const cards = Array.isArray(result) ? result : [result];
    if (!cards.length || !cards.every((c) => isBuilt(c) && (c as BuiltJson).kind === 'Card')) throw new Error(`${name} must return a built Card or an array of built Cards; it returned ${describe(result)}`);
    this.stack = [...(cards as CardJson[])];
  }

  fire(name: string): CardJson {
    this.signIn();
    const mark = this.workspace.log.mark();
    this.showTriggerResult(name, this.runtime.call(name, this.event()));
    this.workspace.executions.push({ name, calls: this.workspace.log.since(mark) });
    return this.card;
  }

  /** Opens the add-on in a host: Docs or Sheets with a file open, Drive with items selected, Calendar on an event. */
  openDocs(fileId: string): CardJson {
    this.host = 'DOCS';
    this.workspace.editors.activeFileId = fileId;
    return this.fire(this.trigger('DOCS', 'homepageTrigger'));
  }

  openSheets(fileId: string): CardJson {
    this.host = 'SHEETS';
    this.workspace.editors.activeFileId = fileId;
    return this.fire(this.trigger('SHEETS', 'homepageTrigger'));
  }

  openDrive(selected: DriveItem[] = []): CardJson {
    this.host = 'DRIVE';
    this.workspace.editors.activeFileId = undefined;
    this.selected = selected;
    return this.fire(this.trigger('DRIVE', selected.length ? 'onItemsSelectedTrigger' : 'homepageTrigger'));
  }

  openCalendarEvent(event: CalendarContext): CardJson {
    this.host = 'CALENDAR';
    this.workspace.editors.activeFileId = undefined;
    this.calendarEvent = event;
    return this.fire(this.trigger('CALENDAR', 'eventOpenTrigger'));
  }

  /** Every button on the showing card. */
  buttons(card = this.card): ButtonJson[] {
    const out: ButtonJson[] = [];
    const fromWidget = (w: WidgetJson) => {
      if (w.kind === 'TextButton') out.push(w);
      if (w.kind === 'ButtonSet') out.push(...w.buttons);
      if (w.kind === 'DecoratedText' && w.button) out.push(w.button);
    };
    for (const s of card.sections) s.widgets.forEach(fromWidget);
    if (card.fixedFooter) out.push(card.fixedFooter.primary, ...(card.fixedFooter.secondary ? [card.fixedFooter.secondary] : []));
    return out;
  }

  /** What the card's inputs would send: their current values, with `overrides` typed or chosen by the user. */
  formInputs(overrides: Record<string, string | string[]> = {}, card = this.card): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    const fields = new Set<string>();
    for (const s of card.sections) {
      for (const w of s.widgets) {
        if (w.kind === 'TextInput') {
          fields.add(w.fieldName);
          if (w.value) out[w.fieldName] = [w.value];
        } else if (w.kind === 'SelectionInput') {
          fields.add(w.fieldName);
          const chosen = w.items.filter((i) => i.selected).map((i) => i.value);
          if (chosen.length) out[w.fieldName] = chosen;
          else if (w.type === 'DROPDOWN' || w.type === 'RADIO_BUTTON') out[w.fieldName] = [w.items[0]!.value];
        }
      }
    }
    for (const [field, value] of Object.entries(overrides)) {
      if (!fields.has(field)) throw new Error(`the card "${card.name}" has no input "${field}" (it has ${[...fields].join(', ')})`);
      const values = Array.isArray(value) ? value : [value];
      if (values.length && values.every((v) => v !== '')) out[field] = values;
      else delete out[field];
    }
    return out;
  }

  /** Presses the button labelled `label` (the nth one when several share it), with form values typed in. */
  click(label: string | RegExp, overrides: Record<string, string | string[]> = {}, nth = 0): unknown {
    const matches = this.buttons().filter((b) => (typeof label === 'string' ? b.text === label : label.test(b.text)));
    const button = matches[nth];
    if (!button) throw new Error(`no button "${String(label)}" on the card "${this.card.name}" (buttons: ${this.buttons().map((b) => b.text).join(' | ')})`);
    if (!button.action) throw new Error(`"${button.text}" opens a link (${button.openLink}), it runs nothing`);
    this.signIn();
    const mark = this.workspace.log.mark();
    const response = this.runtime.call(button.action.functionName, this.event({ parameters: button.action.parameters, formInputs: this.formInputs(overrides) }));
    this.workspace.executions.push({ name: button.action.functionName, calls: this.workspace.log.since(mark) });
    this.apply(button.action.functionName, response);
    return response;
  }

  private apply(name: string, response: unknown): void {
    if (!isBuilt(response)) throw new Error(`${name} must return a built action response; it returned ${describe(response)}`);
    switch (response.kind) {
      case 'ActionResponse':
        for (const op of response.navigation ?? []) {
          if (op.op === 'push') this.stack.push(op.card);
          else if (op.op === 'update') this.stack[Math.max(0, this.stack.length - 1)] = op.card;
          else if (op.op === 'pop') this.stack.pop();
          else this.stack = this.stack.slice(0, 1);
        }
        if (response.notification) this.notifications.push(response.notification);
        return;
      case 'EditorFileScopeActionResponse': {
        // the user accepts the permission dialog; the host fires the file-scope trigger
        const open = this.workspace.editors.activeFileId;
        if (!open) throw new Error('file scope requested with no file open');
        this.workspace.drive.grant(this.workspace.user, open);
        this.fire(this.trigger(this.host, 'onFileScopeGrantedTrigger'));
        return;
      }
      case 'DriveItemsSelectedActionResponse':
        this.workspace.drive.grant(this.workspace.user, response.requestFileScope);
        this.fire(this.trigger('DRIVE', 'onItemsSelectedTrigger'));
        return;
      case 'Card':
        throw new Error(`${name} is a card action: it must return an action response, not a card`);
    }
  }

  /** All text on the showing card as a person reads it: formatted fields with their markup applied, plain ones as set. */
  text(card = this.card): string {
    const parts: string[] = [card.header?.title ?? '', card.header?.subtitle ?? ''];
    const widgetText = (w: WidgetJson) => {
      if (w.kind === 'TextParagraph') parts.push(formattedAsText(w.text));
      if (w.kind === 'DecoratedText') parts.push(w.topLabel ?? '', formattedAsText(w.text), w.bottomLabel ?? '', w.button?.text ?? '');
      if (w.kind === 'TextInput') parts.push(w.title ?? '', w.value ?? '');
      if (w.kind === 'SelectionInput') parts.push(w.title ?? '', ...w.items.map((i) => i.text));
      if (w.kind === 'ButtonSet') parts.push(...w.buttons.map((b) => b.text));
    };
    for (const s of card.sections) {
      parts.push(formattedAsText(s.header ?? ''));
      s.widgets.forEach(widgetText);
    }
    return parts.join('\n');
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value && typeof value === 'object' && typeof (value as { build?: unknown }).build === 'function') return 'an unbuilt builder (call build())';
  return typeof value === 'object' ? JSON.stringify(value).slice(0, 120) : String(value);
}
