// A CardService that holds to the platform's contract: cards and responses must be built, a section needs a
// widget, a card holds at most 100 widgets and 100 sections, inputs need field names (unique in a card), buttons
// need an action or a link, action parameters are strings only. Built objects are plain JSON (tagged as built)
// that the harness, the tests and the preview read.
import type * as Api from '../../src/platform/apps-script';
import { AppsScriptException } from './errors';

export const BUILT = Symbol.for('trellis.fake.built');

/**
 * Google's Card reference: "You can add up to 100 widgets per card. Any widgets beyond this limit are ignored";
 * the add-ons Cards guide: at most 100 sections a card. The fake refuses instead of dropping, so a card that
 * would lose widgets fails in the tests rather than silently in front of a person.
 */
export const MAX_WIDGETS_PER_CARD = 100;
export const MAX_SECTIONS_PER_CARD = 100;

export interface ActionJson {
  functionName: string;
  parameters: Record<string, string>;
}
export interface ButtonJson {
  kind: 'TextButton';
  text: string;
  action?: ActionJson;
  openLink?: string;
  filled: boolean;
  disabled: boolean;
}
export type WidgetJson =
  | { kind: 'TextParagraph'; text: string }
  | { kind: 'DecoratedText'; topLabel?: string; text: string; bottomLabel?: string; button?: ButtonJson }
  | { kind: 'TextInput'; fieldName: string; title?: string; value?: string; hint?: string; multiline: boolean }
  | { kind: 'SelectionInput'; type: string; fieldName: string; title?: string; items: { text: string; value: string; selected: boolean }[] }
  | { kind: 'ButtonSet'; buttons: ButtonJson[] }
  | { kind: 'Divider' }
  | ButtonJson;
export interface SectionJson {
  header?: string;
  collapsible: boolean;
  uncollapsible?: number;
  widgets: WidgetJson[];
}
export interface CardJson {
  kind: 'Card';
  name?: string;
  header?: { title: string; subtitle?: string };
  sections: SectionJson[];
  fixedFooter?: { primary: ButtonJson; secondary?: ButtonJson };
}
export type NavigationOp = { op: 'push' | 'update'; card: CardJson } | { op: 'pop' | 'popToRoot' };
export interface ActionResponseJson {
  kind: 'ActionResponse';
  navigation?: NavigationOp[];
  notification?: string;
  stateChanged: boolean;
}
export interface EditorFileScopeJson {
  kind: 'EditorFileScopeActionResponse';
  requestFileScopeForActiveDocument: boolean;
}
export interface DriveItemsSelectedJson {
  kind: 'DriveItemsSelectedActionResponse';
  requestFileScope: string;
}
export type BuiltJson = CardJson | ActionResponseJson | EditorFileScopeJson | DriveItemsSelectedJson;

export function isBuilt(value: unknown): value is BuiltJson {
  return !!value && typeof value === 'object' && (value as Record<symbol, unknown>)[BUILT] === true;
}

function built<T extends object>(json: T): T {
  Object.defineProperty(json, BUILT, { value: true, enumerable: false });
  return Object.freeze(json);
}

interface JsonWidget {
  toJson(): WidgetJson;
}

function widgetJson(widget: unknown, where: string): WidgetJson {
  if (!widget || typeof (widget as JsonWidget).toJson !== 'function') throw new AppsScriptException(`Invalid argument: ${where} (not a CardService widget)`);
  return (widget as JsonWidget).toJson();
}

function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new AppsScriptException(`Invalid argument: ${what}`);
  return value;
}

class FakeAction implements Api.Action {
  private name?: string;
  private params: Record<string, string> = {};
  setFunctionName(name: string) {
    this.name = requireString(name, 'functionName');
    return this;
  }
  setParameters(parameters: Record<string, string>) {
    if (!parameters || typeof parameters !== 'object') throw new AppsScriptException('Invalid argument: parameters');
    for (const [k, v] of Object.entries(parameters)) {
      if (typeof v !== 'string') throw new AppsScriptException(`Invalid argument: parameters (the value of "${k}" is a ${typeof v}; action parameters must be strings)`);
    }
    this.params = { ...parameters };
    return this;
  }
  toJson(): ActionJson {
    if (!this.name) throw new AppsScriptException('Action is missing a function name');
    return { functionName: this.name, parameters: { ...this.params } };
  }
}

class FakeOpenLink implements Api.OpenLink {
  url?: string;
  setUrl(url: string) {
    if (!/^https:\/\//.test(requireString(url, 'url'))) throw new AppsScriptException(`Invalid argument: url (${url}); links must be https`);
    this.url = url;
    return this;
  }
}

class FakeTextButton implements Api.TextButton {
  private text?: string;
  private action?: FakeAction;
  private link?: FakeOpenLink;
  private filled = false;
  private disabled = false;
  setText(text: string) {
    this.text = requireString(text, 'text');
    return this;
  }
  setOnClickAction(action: Api.Action) {
    if (!(action instanceof FakeAction)) throw new AppsScriptException('Invalid argument: action');
    this.action = action;
    return this;
  }
  setOpenLink(link: Api.OpenLink) {
    if (!(link instanceof FakeOpenLink)) throw new AppsScriptException('Invalid argument: openLink');
    this.link = link;
    return this;
  }
  setTextButtonStyle(style: unknown) {
    this.filled = style === 'FILLED';
    return this;
  }
  setDisabled(disabled: boolean) {
    this.disabled = disabled;
    return this;
  }
  toJson(): ButtonJson {
    if (!this.text) throw new AppsScriptException('TextButton is missing its text');
    if (!this.action === !this.link) throw new AppsScriptException(`TextButton "${this.text}" needs exactly one of an action or a link`);
    const out: ButtonJson = { kind: 'TextButton', text: this.text, filled: this.filled, disabled: this.disabled };
    if (this.action) out.action = this.action.toJson();
    if (this.link) {
      if (!this.link.url) throw new AppsScriptException('OpenLink is missing its url');
      out.openLink = this.link.url;
    }
    return out;
  }
}

class FakeTextParagraph implements Api.TextParagraph {
  private text?: string;
  setText(text: string) {
    this.text = requireString(text, 'text');
    return this;
  }
  toJson(): WidgetJson {
    if (this.text === undefined) throw new AppsScriptException('TextParagraph is missing its text');
    return { kind: 'TextParagraph', text: this.text };
  }
}

class FakeDecoratedText implements Api.DecoratedText {
  private json: { text?: string; topLabel?: string; bottomLabel?: string } = {};
  private button?: FakeTextButton;
  setText(text: string) {
    this.json.text = requireString(text, 'text');
    return this;
  }
  setTopLabel(text: string) {
    this.json.topLabel = requireString(text, 'topLabel');
    return this;
  }
  setBottomLabel(text: string) {
    this.json.bottomLabel = requireString(text, 'bottomLabel');
    return this;
  }
  setWrapText() {
    return this;
  }
  setButton(button: Api.TextButton) {
    if (!(button instanceof FakeTextButton)) throw new AppsScriptException('Invalid argument: button');
    this.button = button;
    return this;
  }
  toJson(): WidgetJson {
    if (this.json.text === undefined) throw new AppsScriptException('DecoratedText is missing its text');
    const out: WidgetJson = { kind: 'DecoratedText', text: this.json.text };
    if (this.json.topLabel !== undefined) out.topLabel = this.json.topLabel;
    if (this.json.bottomLabel !== undefined) out.bottomLabel = this.json.bottomLabel;
    if (this.button) out.button = this.button.toJson();
    return out;
  }
}

class FakeTextInput implements Api.TextInput {
  private json: { fieldName?: string; title?: string; value?: string; hint?: string; multiline: boolean } = { multiline: false };
  setFieldName(name: string) {
    this.json.fieldName = requireString(name, 'fieldName');
    return this;
  }
  setTitle(title: string) {
    this.json.title = requireString(title, 'title');
    return this;
  }
  setValue(value: string) {
    this.json.value = requireString(value, 'value');
    return this;
  }
  setHint(hint: string) {
    this.json.hint = requireString(hint, 'hint');
    return this;
  }
  setMultiline(multiline: boolean) {
    this.json.multiline = multiline;
    return this;
  }
  toJson(): WidgetJson {
    if (!this.json.fieldName) throw new AppsScriptException('TextInput is missing its field name');
    return { kind: 'TextInput', ...this.json, fieldName: this.json.fieldName };
  }
}

class FakeSelectionInput implements Api.SelectionInput {
  private type = 'CHECK_BOX';
  private fieldName?: string;
  private title?: string;
  private items: { text: string; value: string; selected: boolean }[] = [];
  setType(type: unknown) {
    if (type !== 'DROPDOWN' && type !== 'RADIO_BUTTON' && type !== 'CHECK_BOX') throw new AppsScriptException('Invalid argument: type');
    this.type = type;
    return this;
  }
  setTitle(title: string) {
    this.title = requireString(title, 'title');
    return this;
  }
  setFieldName(name: string) {
    this.fieldName = requireString(name, 'fieldName');
    return this;
  }
  addItem(text: string, value: string, selected: boolean) {
    this.items.push({ text: requireString(text, 'text'), value: requireString(value, 'value'), selected: !!selected });
    return this;
  }
  toJson(): WidgetJson {
    if (!this.fieldName) throw new AppsScriptException('SelectionInput is missing its field name');
    if (!this.items.length) throw new AppsScriptException(`SelectionInput "${this.fieldName}" has no items`);
    const out: WidgetJson = { kind: 'SelectionInput', type: this.type, fieldName: this.fieldName, items: this.items.map((i) => ({ ...i })) };
    if (this.title !== undefined) out.title = this.title;
    return out;
  }
}

class FakeButtonSet implements Api.ButtonSet {
  private buttons: FakeTextButton[] = [];
  addButton(button: Api.TextButton) {
    if (!(button instanceof FakeTextButton)) throw new AppsScriptException('Invalid argument: button');
    this.buttons.push(button);
    return this;
  }
  toJson(): WidgetJson {
    if (!this.buttons.length) throw new AppsScriptException('ButtonSet has no buttons');
    return { kind: 'ButtonSet', buttons: this.buttons.map((b) => b.toJson()) };
  }
}

class FakeDivider {
  toJson(): WidgetJson {
    return { kind: 'Divider' };
  }
}

class FakeCardHeader implements Api.CardHeader {
  title?: string;
  subtitle?: string;
  setTitle(title: string) {
    this.title = requireString(title, 'title');
    return this;
  }
  setSubtitle(subtitle: string) {
    this.subtitle = requireString(subtitle, 'subtitle');
    return this;
  }
}

class FakeCardSection implements Api.CardSection {
  private header?: string;
  private widgets: unknown[] = [];
  private collapsible = false;
  private uncollapsible?: number;
  setHeader(header: string) {
    this.header = requireString(header, 'header');
    return this;
  }
  addWidget(widget: Api.Widget) {
    widgetJson(widget, 'widget');
    this.widgets.push(widget);
    return this;
  }
  setCollapsible(collapsible: boolean) {
    this.collapsible = collapsible;
    return this;
  }
  setNumUncollapsibleWidgets(count: number) {
    if (!Number.isInteger(count) || count < 1) throw new AppsScriptException('Invalid argument: numUncollapsibleWidgets');
    this.uncollapsible = count;
    return this;
  }
  toJson(): SectionJson {
    if (!this.widgets.length) throw new AppsScriptException('A card section needs at least one widget');
    const out: SectionJson = { collapsible: this.collapsible, widgets: this.widgets.map((w) => widgetJson(w, 'widget')) };
    if (this.header !== undefined) out.header = this.header;
    if (this.uncollapsible !== undefined) out.uncollapsible = this.uncollapsible;
    return out;
  }
}

class FakeFixedFooter implements Api.FixedFooter {
  primary?: FakeTextButton;
  secondary?: FakeTextButton;
  setPrimaryButton(button: Api.TextButton) {
    this.primary = button as FakeTextButton;
    return this;
  }
  setSecondaryButton(button: Api.TextButton) {
    this.secondary = button as FakeTextButton;
    return this;
  }
}

/** Every field name in a card, to refuse duplicates (two inputs with one name would mix their values). */
function fieldNames(sections: SectionJson[]): string[] {
  return sections.flatMap((s) => s.widgets.flatMap((w) => (w.kind === 'TextInput' || w.kind === 'SelectionInput' ? [w.fieldName] : [])));
}

class FakeCardBuilder implements Api.CardBuilder {
  private header?: FakeCardHeader;
  private sections: FakeCardSection[] = [];
  private footer?: FakeFixedFooter;
  private name?: string;
  setHeader(header: Api.CardHeader) {
    this.header = header as FakeCardHeader;
    return this;
  }
  addSection(section: Api.CardSection) {
    if (!(section instanceof FakeCardSection)) throw new AppsScriptException('Invalid argument: section');
    this.sections.push(section);
    return this;
  }
  setFixedFooter(footer: Api.FixedFooter) {
    this.footer = footer as FakeFixedFooter;
    return this;
  }
  setName(name: string) {
    this.name = requireString(name, 'name');
    return this;
  }
  build(): Api.Card {
    if (!this.sections.length) throw new AppsScriptException('A card needs at least one section');
    if (this.sections.length > MAX_SECTIONS_PER_CARD) throw new AppsScriptException(`A card holds at most ${MAX_SECTIONS_PER_CARD} sections; this one has ${this.sections.length}`);
    const sections = this.sections.map((s) => s.toJson());
    const widgets = sections.reduce((n, s) => n + s.widgets.length, 0);
    if (widgets > MAX_WIDGETS_PER_CARD) throw new AppsScriptException(`A card holds at most ${MAX_WIDGETS_PER_CARD} widgets (Google ignores the rest); "${this.name ?? 'this card'}" has ${widgets}`);
    const names = fieldNames(sections);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) throw new AppsScriptException(`Two inputs in one card share the field name "${dup}"`);
    const json: CardJson = { kind: 'Card', sections };
    if (this.name) json.name = this.name;
    if (this.header) {
      if (!this.header.title) throw new AppsScriptException('CardHeader is missing its title');
      json.header = { title: this.header.title, ...(this.header.subtitle ? { subtitle: this.header.subtitle } : {}) };
    }
    if (this.footer) {
      if (!this.footer.primary) throw new AppsScriptException('FixedFooter is missing its primary button');
      json.fixedFooter = { primary: this.footer.primary.toJson(), ...(this.footer.secondary ? { secondary: this.footer.secondary.toJson() } : {}) };
    }
    return built(json) as unknown as Api.Card;
  }
}

function builtCard(card: unknown): CardJson {
  if (!isBuilt(card) || (card as BuiltJson).kind !== 'Card') throw new AppsScriptException('Invalid argument: card (build the card with CardBuilder.build() first)');
  return card as CardJson;
}

class FakeNavigation implements Api.Navigation {
  ops: NavigationOp[] = [];
  pushCard(card: Api.Card) {
    this.ops.push({ op: 'push', card: builtCard(card) });
    return this;
  }
  updateCard(card: Api.Card) {
    this.ops.push({ op: 'update', card: builtCard(card) });
    return this;
  }
  popToRoot() {
    this.ops.push({ op: 'popToRoot' });
    return this;
  }
  popCard() {
    this.ops.push({ op: 'pop' });
    return this;
  }
}

class FakeNotification implements Api.Notification {
  text?: string;
  setText(text: string) {
    this.text = requireString(text, 'text');
    return this;
  }
}

class FakeActionResponseBuilder implements Api.ActionResponseBuilder {
  private navigation?: FakeNavigation;
  private notification?: FakeNotification;
  private stateChanged = false;
  setNavigation(navigation: Api.Navigation) {
    if (!(navigation instanceof FakeNavigation)) throw new AppsScriptException('Invalid argument: navigation');
    this.navigation = navigation;
    return this;
  }
  setNotification(notification: Api.Notification) {
    if (!(notification instanceof FakeNotification)) throw new AppsScriptException('Invalid argument: notification');
    this.notification = notification;
    return this;
  }
  setStateChanged(changed: boolean) {
    this.stateChanged = changed;
    return this;
  }
  build(): Api.ActionResponse {
    if (!this.navigation && !this.notification && !this.stateChanged) throw new AppsScriptException('An action response needs a navigation, a notification or a state change');
    if (this.notification && !this.notification.text) throw new AppsScriptException('Notification is missing its text');
    if (this.navigation && !this.navigation.ops.length) throw new AppsScriptException('Navigation has no operation');
    const json: ActionResponseJson = { kind: 'ActionResponse', stateChanged: this.stateChanged };
    if (this.navigation) json.navigation = [...this.navigation.ops];
    if (this.notification?.text) json.notification = this.notification.text;
    return built(json) as unknown as Api.ActionResponse;
  }
}

class FakeEditorFileScopeBuilder implements Api.EditorFileScopeActionResponseBuilder {
  private requested = false;
  requestFileScopeForActiveDocument() {
    this.requested = true;
    return this;
  }
  build(): Api.EditorFileScopeActionResponse {
    if (!this.requested) throw new AppsScriptException('EditorFileScopeActionResponse requests nothing');
    return built({ kind: 'EditorFileScopeActionResponse', requestFileScopeForActiveDocument: true } as EditorFileScopeJson) as unknown as Api.EditorFileScopeActionResponse;
  }
}

class FakeDriveItemsSelectedBuilder implements Api.DriveItemsSelectedActionResponseBuilder {
  private itemId?: string;
  requestFileScope(itemId: string) {
    this.itemId = requireString(itemId, 'itemId');
    return this;
  }
  build(): Api.DriveItemsSelectedActionResponse {
    if (!this.itemId) throw new AppsScriptException('DriveItemsSelectedActionResponse requests nothing');
    return built({ kind: 'DriveItemsSelectedActionResponse', requestFileScope: this.itemId } as DriveItemsSelectedJson) as unknown as Api.DriveItemsSelectedActionResponse;
  }
}

export function fakeCardService(): Api.CardServiceApi {
  return {
    newCardBuilder: () => new FakeCardBuilder(),
    newCardHeader: () => new FakeCardHeader(),
    newCardSection: () => new FakeCardSection(),
    newTextParagraph: () => new FakeTextParagraph(),
    newDecoratedText: () => new FakeDecoratedText(),
    newTextInput: () => new FakeTextInput(),
    newSelectionInput: () => new FakeSelectionInput(),
    newButtonSet: () => new FakeButtonSet(),
    newTextButton: () => new FakeTextButton(),
    newAction: () => new FakeAction(),
    newOpenLink: () => new FakeOpenLink(),
    newFixedFooter: () => new FakeFixedFooter(),
    newDivider: () => new FakeDivider(),
    newActionResponseBuilder: () => new FakeActionResponseBuilder(),
    newNavigation: () => new FakeNavigation(),
    newNotification: () => new FakeNotification(),
    newEditorFileScopeActionResponseBuilder: () => new FakeEditorFileScopeBuilder(),
    newDriveItemsSelectedActionResponseBuilder: () => new FakeDriveItemsSelectedBuilder(),
    SelectionInputType: { DROPDOWN: 'DROPDOWN', RADIO_BUTTON: 'RADIO_BUTTON', CHECK_BOX: 'CHECK_BOX' },
    TextButtonStyle: { FILLED: 'FILLED', TEXT: 'TEXT' },
  };
}
