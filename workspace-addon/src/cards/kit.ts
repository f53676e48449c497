// Small builders every card uses. Google interprets a little HTML in some card fields and shows others as typed
// (PLATFORM.md, "Card text"): text that came from people (plan content, documents, sheets) is escaped here in
// exactly the formatted fields (a paragraph, a decorated text's body, a section header), and passed as it is to
// the plain ones (card title and subtitle, decorated text labels, input titles, items, buttons), so it reads as
// typed in both: "Siobhán O'Brien & Co", never "O&#39;Brien &amp; Co" or markup.
import { escapeHtml } from '../../../shared/render/html';
import type { ActionName } from '../action-names';
import { gas, type Card, type CardSection, type SelectionInput, type TextButton, type TextInput, type Widget } from '../platform/apps-script';

/** Text a person wrote, for a formatted field: escaped. */
export function text(value: string): string {
  return escapeHtml(value);
}

/** Our own label in bold, followed by escaped text. */
export function labelled(label: string, value: string): string {
  return `<b>${escapeHtml(label)}</b> ${escapeHtml(value)}`;
}

export function paragraph(html: string): Widget {
  return gas().CardService.newTextParagraph().setText(html);
}

/** Field problems to show on a card again, with what was typed. */
export interface FormView {
  problems: Record<string, string>;
  entered: Record<string, string>;
}

/** What is wrong with the field below it, in the card's error colour (the text escaped). */
export function fieldProblem(problem: string): Widget {
  return paragraph(`<font color="#b3261e">${text(`⚠ ${problem.charAt(0).toUpperCase()}${problem.slice(1)}`)}</font>`);
}

/** A paragraph of untrusted text. */
export function plain(value: string): Widget {
  return paragraph(text(value));
}

/** A decorated text: its body is formatted (escaped here), its labels are plain (passed as they are). */
export function decorated(top: string, body: string, bottom?: string, button?: TextButton): Widget {
  const w = gas().CardService.newDecoratedText().setTopLabel(top).setText(text(body)).setWrapText(true);
  if (bottom) w.setBottomLabel(bottom);
  if (button) w.setButton(button);
  return w;
}

export function button(label: string, action: ActionName, parameters: Record<string, string> = {}, filled = false): TextButton {
  const cs = gas().CardService;
  const b = cs.newTextButton().setText(label).setOnClickAction(cs.newAction().setFunctionName(action).setParameters(parameters));
  if (filled) b.setTextButtonStyle(cs.TextButtonStyle.FILLED);
  return b;
}

export function linkButton(label: string, url: string): TextButton {
  const cs = gas().CardService;
  return cs.newTextButton().setText(label).setOpenLink(cs.newOpenLink().setUrl(url));
}

export function buttons(...list: TextButton[]): Widget {
  const set = gas().CardService.newButtonSet();
  for (const b of list) set.addButton(b);
  return set;
}

export function textInput(fieldName: string, title: string, value = '', options: { multiline?: boolean; hint?: string } = {}): TextInput {
  const w = gas().CardService.newTextInput().setFieldName(fieldName).setTitle(title);
  if (value) w.setValue(value);
  if (options.multiline) w.setMultiline(true);
  if (options.hint) w.setHint(options.hint);
  return w;
}

export function dropdown(fieldName: string, title: string, items: { text: string; value: string }[], selected?: string): SelectionInput {
  const cs = gas().CardService;
  const w = cs.newSelectionInput().setType(cs.SelectionInputType.DROPDOWN).setFieldName(fieldName).setTitle(title);
  for (const item of items) w.addItem(item.text, item.value, item.value === selected);
  return w;
}

export function radio(fieldName: string, title: string, items: { text: string; value: string }[], selected?: string): SelectionInput {
  const cs = gas().CardService;
  const w = cs.newSelectionInput().setType(cs.SelectionInputType.RADIO_BUTTON).setFieldName(fieldName).setTitle(title);
  for (const item of items) w.addItem(item.text, item.value, item.value === selected);
  return w;
}

/**
 * At most `max` of a long list, and a line saying how many more there are and where they are: a card holds 100
 * widgets in all, so every list on a card is bounded.
 */
export function firstOf<T>(items: readonly T[], max: number, rest: (more: number) => string): { shown: T[]; more: Widget[] } {
  if (items.length <= max) return { shown: [...items], more: [] };
  return { shown: items.slice(0, max), more: [plain(rest(items.length - max))] };
}

export function section(header: string | undefined, widgets: Widget[], collapsible?: { visible: number }): CardSection {
  const s = gas().CardService.newCardSection();
  // section headers are formatted ("Supports simple HTML formatted text")
  if (header) s.setHeader(text(header));
  for (const w of widgets) s.addWidget(w);
  if (collapsible && widgets.length > collapsible.visible) s.setCollapsible(true).setNumUncollapsibleWidgets(collapsible.visible);
  return s;
}

export interface CardSpec {
  name: string;
  title: string;
  subtitle?: string;
  sections: CardSection[];
  primary?: TextButton;
  secondary?: TextButton;
}

export function card(spec: CardSpec): Card {
  const cs = gas().CardService;
  // the card header is plain: shown as typed
  const header = cs.newCardHeader().setTitle(spec.title);
  if (spec.subtitle) header.setSubtitle(spec.subtitle);
  const builder = cs.newCardBuilder().setName(spec.name).setHeader(header);
  for (const s of spec.sections) builder.addSection(s);
  if (spec.primary) {
    const footer = cs.newFixedFooter().setPrimaryButton(spec.primary);
    if (spec.secondary) footer.setSecondaryButton(spec.secondary);
    builder.setFixedFooter(footer);
  }
  return builder.build();
}

/** An action's answer: show `next` in place of the current card, or on top of it. */
export function navigate(next: Card, how: 'push' | 'update' = 'push', note?: string) {
  const cs = gas().CardService;
  const nav = cs.newNavigation();
  if (how === 'push') nav.pushCard(next);
  else nav.updateCard(next);
  const response = cs.newActionResponseBuilder().setNavigation(nav);
  if (note) response.setNotification(cs.newNotification().setText(note));
  return response.build();
}

/** An action's answer that only shows a short message. */
export function notify(message: string) {
  const cs = gas().CardService;
  return cs.newActionResponseBuilder().setNotification(cs.newNotification().setText(message)).build();
}
