// The event object Apps Script passes to every trigger and card action, and the few ways the add-on reads it.

export interface AttendeeFact {
  email?: string;
  displayName?: string;
  self?: boolean;
  organizer?: boolean;
  resource?: boolean;
  optional?: boolean;
  responseStatus?: string;
}

export interface AddonEvent {
  commonEventObject?: {
    hostApp?: 'DOCS' | 'SHEETS' | 'DRIVE' | 'CALENDAR' | 'GMAIL' | 'SLIDES';
    platform?: string;
    /** Action parameters: strings only. */
    parameters?: Record<string, string>;
    /** Widget values keyed by field name (V8 runtime shape). */
    formInputs?: Record<string, { stringInputs?: { value: string[] } }>;
    timeZone?: { id: string; offset: string };
  };
  docs?: { id?: string; title?: string; addonHasFileScopePermission?: boolean };
  sheets?: { id?: string; title?: string; addonHasFileScopePermission?: boolean };
  drive?: {
    activeCursorItem?: DriveItem;
    selectedItems?: DriveItem[];
  };
  calendar?: {
    id?: string;
    calendarId?: string;
    recurringEventId?: string;
    organizer?: { email?: string };
    attendees?: AttendeeFact[];
  };
}

export interface DriveItem {
  id: string;
  title: string;
  mimeType: string;
  addonHasFileScopePermission?: boolean;
}

export function param(e: AddonEvent, name: string): string | undefined {
  return e.commonEventObject?.parameters?.[name];
}

export function requireParam(e: AddonEvent, name: string): string {
  const value = param(e, name);
  if (value === undefined) throw new Error(`this button lost its "${name}"; open the card again`);
  return value;
}

/** Every value of a form field (multi-select inputs give several). */
export function inputs(e: AddonEvent, name: string): string[] {
  return e.commonEventObject?.formInputs?.[name]?.stringInputs?.value ?? [];
}

/** The first value of a form field, trimmed; '' when the field is empty or absent. */
export function input(e: AddonEvent, name: string): string {
  return (inputs(e, name)[0] ?? '').trim();
}

/** A multi-line text field as its non-empty lines. */
export function lines(e: AddonEvent, name: string): string[] {
  return input(e, name)
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-*•]\s*/, '').trim())
    .filter(Boolean);
}

/** Every form field whose name starts with `prefix`, by the rest of its name. */
export function inputsWithPrefix(e: AddonEvent, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(e.commonEventObject?.formInputs ?? {})) {
    if (name.startsWith(prefix)) out.set(name.slice(prefix.length), (value.stringInputs?.value[0] ?? '').trim());
  }
  return out;
}
