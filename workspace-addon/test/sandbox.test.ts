// The built bundle in a vm context holding only the service fakes: every function the manifest names exists as a
// global and answers realistic events with built cards; every card action is a global; nothing needs Node or a
// browser API that Apps Script lacks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_NAMES } from '../src/action-names';
import { isBuilt, type CardJson } from '../sandbox/fakes/card-service';
import { ensureBuilt } from '../sandbox/ensure-built';
import { AddonRuntime, DIST, FakeHost, readManifest } from '../sandbox/host';
import { manifestFunctions } from '../build';
import { ALEX, alexCreatesPlan, alexsJobDescription, DANA, hrPublishesFramework, newSandbox } from '../sandbox/scenario';
import { FakeWorkspace } from '../sandbox/workspace';
import { POST_ES2020_BUILTINS } from '../sandbox/language-baseline';

beforeAll(() => ensureBuilt());

describe('the built add-on in the Apps Script sandbox', () => {
  it('ships one script and the manifest, with a top-level function for every trigger and card action', () => {
    const manifest = readManifest();
    const runtime = new AddonRuntime(new FakeWorkspace());
    const globals = runtime.globalFunctions();
    for (const name of [...manifestFunctions(manifest), ...ACTION_NAMES]) expect(globals, name).toContain(name);
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).toMatch(/^function onDocsFileScopeGranted\(e\) \{/m);
  });

  it('declares the narrow scopes and every trigger the issue asks for, never the full drive scope', () => {
    const manifest = readManifest();
    expect(manifest.oauthScopes).toEqual(expect.arrayContaining([
      'https://www.googleapis.com/auth/drive.file',
      // documents.currentonly, never documents: the progress charts go into the plan's Doc when it is the open Doc
      // (getActiveDocument), not through DocumentApp.openById; see PLATFORM.md's scope table
      'https://www.googleapis.com/auth/documents.currentonly',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/calendar.addons.execute',
      'https://www.googleapis.com/auth/calendar.addons.current.event.read',
    ]));
    for (const scope of manifest.oauthScopes) {
      expect(scope).not.toMatch(/\/auth\/(drive|documents|spreadsheets|calendar|calendar\.readonly|drive\.readonly)$/);
    }
    const addOns = manifest.addOns as Record<string, Record<string, unknown>>;
    expect(addOns.docs).toHaveProperty('onFileScopeGrantedTrigger.runFunction');
    expect(addOns.sheets).toHaveProperty('onFileScopeGrantedTrigger.runFunction');
    expect(addOns.drive).toHaveProperty('onItemsSelectedTrigger.runFunction');
    expect(addOns.calendar).toHaveProperty('eventOpenTrigger.runFunction');
    expect(addOns.calendar!.currentEventAccess).toBe('READ');
    for (const host of ['common', 'docs', 'sheets', 'drive', 'calendar']) expect(addOns[host]).toHaveProperty('homepageTrigger.runFunction');
  });

  it('runs without the web platform: no structuredClone, timers, URL or TextEncoder in the context', () => {
    const context = vm.createContext({});
    expect(vm.runInContext('[typeof structuredClone, typeof setTimeout, typeof TextEncoder, typeof URL, typeof require, typeof process].join()', context)).toBe('undefined,undefined,undefined,undefined,undefined,undefined');
    const runtime = new AddonRuntime(new FakeWorkspace());
    // nothing in the bundle installs or needs them: the flows in the other tests run in this very context
    expect(vm.runInContext('[typeof structuredClone, typeof setTimeout, typeof TextEncoder].join()', runtime.context)).toBe('undefined,undefined,undefined');
  });

  it('loads and runs with only ES2020\'s built-ins (Array.prototype.at and the later ones are gone from its realm)', () => {
    const runtime = new AddonRuntime(new FakeWorkspace());
    const left = vm.runInContext(`[${POST_ES2020_BUILTINS.map(([owner, name]) => `typeof ${owner}[${JSON.stringify(name)}]`).join(',')}].filter((t) => t !== 'undefined').length`, runtime.context);
    expect(left).toBe(0);
    // the bundle was loaded in this realm without them, and every flow test below runs in such a realm
    expect(runtime.globalFunctions()).toContain('onHomepage');
    // the build target keeps later syntax out too
    const bundle = readFileSync(join(DIST, 'Code.js'), 'utf8');
    expect(bundle).not.toMatch(/\.at\(-?\d/);
  });

  it('says what to do when Google withholds the user\'s email (a blank getEmail()), on every card that needs it, instead of an error', () => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host);
    alexCreatesPlan(host);
    const plan = workspace.drive.filesNamed(/\.plan\.json$/)[0]!;
    workspace.as(ALEX);
    workspace.withholdEmail = true;
    for (const open of [() => host.openDrive(), () => host.openDrive([{ id: plan.id, title: plan.name, mimeType: plan.mimeType }])]) {
      const card = open();
      expect(card.header?.title).toBe('Trellis cannot tell who you are');
      expect(host.text(card)).toContain('Open Trellis with your work account');
      expect(host.text(card)).not.toMatch(/Something went wrong|Error:|at \w+ \(/);
    }
    // once Google gives the address again, the same cards work
    workspace.withholdEmail = false;
    expect(host.openDrive().name).toBe('home');
  });

  it('answers every trigger named in the manifest with built cards, for events with and without file access', () => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host);
    alexCreatesPlan(host);
    const plan = workspace.drive.filesNamed(/\.plan\.json$/)[0]!;
    const doc = alexsJobDescription(host);
    const sheet = workspace.drive.filesNamed(/KSA matrix/)[0]!;
    const events: [string, () => CardJson][] = [
      ['common homepage', () => (workspace.as(ALEX), (host.host = 'DRIVE'), host.fire(host.trigger('DRIVE', 'homepageTrigger')))],
      ['docs homepage before the grant', () => (workspace.as(DANA), host.openDocs(doc))],
      ['docs homepage after the grant', () => (workspace.as(ALEX), host.openDocs(doc))],
      ['docs file scope granted', () => (workspace.as(ALEX), host.openDocs(doc), host.fire(host.trigger('DOCS', 'onFileScopeGrantedTrigger')))],
      ['sheets homepage', () => (workspace.as('hr@example.com'), host.openSheets(sheet.id))],
      ['sheets file scope granted', () => (workspace.as('hr@example.com'), host.openSheets(sheet.id), host.fire(host.trigger('SHEETS', 'onFileScopeGrantedTrigger')))],
      ['drive homepage', () => (workspace.as(ALEX), host.openDrive())],
      ['drive item selected', () => (workspace.as(ALEX), host.openDrive([{ id: plan.id, title: plan.name, mimeType: plan.mimeType }]))],
      ['drive item selected without access', () => (workspace.as(DANA), host.openDrive([{ id: plan.id, title: plan.name, mimeType: plan.mimeType }]))],
      ['calendar homepage', () => (workspace.as(DANA), (host.host = 'CALENDAR'), host.fire(host.trigger('CALENDAR', 'homepageTrigger')))],
      ['calendar event open', () => (workspace.as(DANA), host.openCalendarEvent({ id: 'evt1', calendarId: DANA, attendees: [{ email: DANA, self: true, organizer: true }, { email: ALEX }] }))],
    ];
    for (const [what, open] of events) {
      const card = open();
      expect(isBuilt(card), what).toBe(true);
      expect(card.kind, what).toBe('Card');
      expect(host.text(), what).not.toMatch(/Something went wrong|at .+\.js:\d+/);
    }
  });

  it('gives e.docs.id to the add-on only after the user grants the file scope', () => {
    const { workspace, host } = newSandbox();
    workspace.as(ALEX);
    const doc = alexsJobDescription(host);
    host.openDocs(doc);
    expect(host.event().docs).toEqual({ addonHasFileScopePermission: false });
    expect(host.card.name).toBe('jd-intro');
    host.click('Allow Trellis to read this document');
    expect(host.event().docs).toMatchObject({ id: doc, addonHasFileScopePermission: true });
    expect(host.card.name).toBe('jd-start');
  });

  it('points every button of every card in the flows at a global function, with string parameters only', () => {
    const { host } = newSandbox();
    hrPublishesFramework(host);
    alexCreatesPlan(host);
    const globals = host.runtime.globalFunctions();
    for (const button of host.buttons()) {
      if (!button.action) continue;
      expect(globals).toContain(button.action.functionName);
      for (const value of Object.values(button.action.parameters)) expect(typeof value).toBe('string');
    }
  });

  it('never shows a stack trace: a failure becomes a card that says what happened', () => {
    const { workspace, host } = newSandbox();
    workspace.as(ALEX);
    host.openDrive();
    const response = host.runtime.call('planOpen', host.event({ parameters: { fileId: 'no-such-file_xxxxxxxxxxxx' } }));
    expect(isBuilt(response)).toBe(true);
    const shown = (response as { navigation: { card: CardJson }[] }).navigation[0]!.card;
    const text = new FakeHost(host.runtime).text(shown);
    expect(text).toMatch(/Google Drive|cannot open this file/);
    expect(text).not.toMatch(/\bat \w+ \(|Code\.js:\d+/);
    expect(workspace.logs.some((l) => l.startsWith('error: planOpen failed'))).toBe(true);
  });
});
