// The Apps Script services the add-on uses, typed narrowly: the add-on can call only what is declared here,
// and the test fakes implement exactly this (names and signatures as in the platform's reference).

export interface CardServiceApi {
  newCardBuilder(): CardBuilder;
  newCardHeader(): CardHeader;
  newCardSection(): CardSection;
  newTextParagraph(): TextParagraph;
  newDecoratedText(): DecoratedText;
  newTextInput(): TextInput;
  newSelectionInput(): SelectionInput;
  newButtonSet(): ButtonSet;
  newTextButton(): TextButton;
  newAction(): Action;
  newOpenLink(): OpenLink;
  newFixedFooter(): FixedFooter;
  newDivider(): Divider;
  newActionResponseBuilder(): ActionResponseBuilder;
  newNavigation(): Navigation;
  newNotification(): Notification;
  newEditorFileScopeActionResponseBuilder(): EditorFileScopeActionResponseBuilder;
  newDriveItemsSelectedActionResponseBuilder(): DriveItemsSelectedActionResponseBuilder;
  SelectionInputType: { DROPDOWN: unknown; RADIO_BUTTON: unknown; CHECK_BOX: unknown };
  TextButtonStyle: { FILLED: unknown; TEXT: unknown };
}

/** What the builders' build() return: opaque to the add-on (the platform's own types). */
export type Card = GoogleAppsScript.Card_Service.Card;
export type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;
export type EditorFileScopeActionResponse = GoogleAppsScript.Card_Service.EditorFileScopeActionResponse;
export type DriveItemsSelectedActionResponse = GoogleAppsScript.Card_Service.DriveItemsSelectedActionResponse;

export interface CardBuilder {
  setHeader(header: CardHeader): CardBuilder;
  addSection(section: CardSection): CardBuilder;
  setFixedFooter(footer: FixedFooter): CardBuilder;
  setName(name: string): CardBuilder;
  build(): Card;
}
export interface CardHeader {
  setTitle(title: string): CardHeader;
  setSubtitle(subtitle: string): CardHeader;
}
export type Widget = TextParagraph | DecoratedText | TextInput | SelectionInput | ButtonSet | TextButton | Divider;
export interface CardSection {
  setHeader(header: string): CardSection;
  addWidget(widget: Widget): CardSection;
  setCollapsible(collapsible: boolean): CardSection;
  setNumUncollapsibleWidgets(count: number): CardSection;
}
export interface TextParagraph {
  setText(text: string): TextParagraph;
}
export interface DecoratedText {
  setText(text: string): DecoratedText;
  setTopLabel(text: string): DecoratedText;
  setBottomLabel(text: string): DecoratedText;
  setWrapText(wrap: boolean): DecoratedText;
  setButton(button: TextButton): DecoratedText;
}
export interface TextInput {
  setFieldName(name: string): TextInput;
  setTitle(title: string): TextInput;
  setValue(value: string): TextInput;
  setHint(hint: string): TextInput;
  setMultiline(multiline: boolean): TextInput;
}
export interface SelectionInput {
  setType(type: unknown): SelectionInput;
  setTitle(title: string): SelectionInput;
  setFieldName(name: string): SelectionInput;
  addItem(text: string, value: string, selected: boolean): SelectionInput;
}
export interface ButtonSet {
  addButton(button: TextButton): ButtonSet;
}
export interface TextButton {
  setText(text: string): TextButton;
  setOnClickAction(action: Action): TextButton;
  setOpenLink(link: OpenLink): TextButton;
  setTextButtonStyle(style: unknown): TextButton;
  setDisabled(disabled: boolean): TextButton;
}
export interface OpenLink {
  setUrl(url: string): OpenLink;
}
export interface Action {
  setFunctionName(name: string): Action;
  setParameters(parameters: Record<string, string>): Action;
}
export interface FixedFooter {
  setPrimaryButton(button: TextButton): FixedFooter;
  setSecondaryButton(button: TextButton): FixedFooter;
}
export type Divider = object;
export interface ActionResponseBuilder {
  setNavigation(navigation: Navigation): ActionResponseBuilder;
  setNotification(notification: Notification): ActionResponseBuilder;
  setStateChanged(changed: boolean): ActionResponseBuilder;
  build(): ActionResponse;
}
export interface Navigation {
  pushCard(card: Card): Navigation;
  updateCard(card: Card): Navigation;
  popToRoot(): Navigation;
  popCard(): Navigation;
}
export interface Notification {
  setText(text: string): Notification;
}
export interface EditorFileScopeActionResponseBuilder {
  requestFileScopeForActiveDocument(): EditorFileScopeActionResponseBuilder;
  build(): EditorFileScopeActionResponse;
}
export interface DriveItemsSelectedActionResponseBuilder {
  requestFileScope(itemId: string): DriveItemsSelectedActionResponseBuilder;
  build(): DriveItemsSelectedActionResponse;
}

/** Drive API v3 through the advanced service (enabled in appsscript.json as "Drive", v3). */
export interface DriveFileResource {
  id?: string;
  name?: string;
  mimeType?: string;
  parents?: string[];
  appProperties?: Record<string, string>;
  createdTime?: string;
  modifiedTime?: string;
  webViewLink?: string;
  capabilities?: { canEdit?: boolean; canShare?: boolean };
}
export interface DrivePermissionResource {
  id?: string;
  type: 'user' | 'group' | 'domain' | 'anyone';
  role: 'owner' | 'writer' | 'commenter' | 'reader';
  emailAddress?: string;
}
export interface DriveAdvancedService {
  Files: {
    list(optionalArgs: { q: string; fields?: string; pageSize?: number; pageToken?: string; orderBy?: string }): { files?: DriveFileResource[]; nextPageToken?: string };
    get(fileId: string, optionalArgs: { fields: string }): DriveFileResource;
    /** files.create; `resource.id` may be an id from generateIds, so a retried create cannot make a second file. */
    create(resource: DriveFileResource, mediaData?: Blob, optionalArgs?: { fields?: string }): DriveFileResource;
    update(resource: DriveFileResource, fileId: string, mediaData?: Blob, optionalArgs?: { fields?: string }): DriveFileResource;
    /** files.generateIds: ids the user may give files.create (drive.file is enough). */
    generateIds(optionalArgs: { count: number; space?: 'drive'; type?: 'files' }): { ids?: string[] };
    /** files.delete (named remove in the advanced service): only the owner may delete. */
    remove(fileId: string): void;
  };
  Permissions: {
    create(resource: DrivePermissionResource, fileId: string, optionalArgs?: { sendNotificationEmail?: boolean; emailMessage?: string; fields?: string }): DrivePermissionResource;
  };
}

/**
 * Docs API v1 through the advanced service (enabled as "Docs", v1): one documents.get reads the whole body. The
 * document's shapes are Google's published ones (@types/google-apps-script, apis/docs_v1), which type `lists` as a
 * bare object: docs-document-blocks.ts checks it before reading it as the reference's map of List.
 */
export interface DocsAdvancedService {
  Documents: { get(documentId: string): DocsDocument };
}
export type DocsDocument = GoogleAppsScript.Docs.Schema.Document;
export type DocsParagraph = GoogleAppsScript.Docs.Schema.Paragraph;
export type DocsStructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;
export type DocsList = GoogleAppsScript.Docs.Schema.List;

/**
 * DocumentApp: the active document, to select a paragraph the reviewer asks about; and the plan's own Doc by id,
 * to place the progress chart (PNG) after its caption, which an HTML import cannot carry.
 */
export interface DocumentAppApi {
  getActiveDocument(): ActiveDocument;
  openById(id: string): { getBody(): DocumentBody };
  ElementType: { PARAGRAPH: GoogleAppsScript.Document.ElementType };
}
export interface DocumentBody {
  getNumChildren(): number;
  getChild(index: number): { getType(): GoogleAppsScript.Document.ElementType; asParagraph(): { getText(): string } };
  insertImage(childIndex: number, image: GoogleAppsScript.Base.BlobSource): DocumentImage;
}
export interface DocumentImage {
  setWidth(width: number): DocumentImage;
  setHeight(height: number): DocumentImage;
  setAltTitle(title: string): DocumentImage;
  setAltDescription(description: string): DocumentImage;
}
export interface ActiveDocument {
  /** The Body of the open Doc: a job description read line by line, or a career path's Doc its charts go into. */
  getBody(): DocumentBody;
  newRange(): { addElement(element: unknown): { build(): unknown } };
  setSelection(range: unknown): ActiveDocument;
}

/** SpreadsheetApp under spreadsheets.currentonly. */
export interface SpreadsheetAppApi {
  getActiveSpreadsheet(): Spreadsheet;
}
export interface Spreadsheet {
  getId(): string;
  getName(): string;
  getSheets(): Sheet[];
  getSheetByName(name: string): Sheet | null;
}
export interface Sheet {
  getName(): string;
  getDataRange(): Range;
  getRange(a1Notation: string): Range;
}
export interface Range {
  getValues(): unknown[][];
  getDisplayValues(): string[][];
  getMergedRanges(): Range[];
  getA1Notation(): string;
  getNumRows(): number;
  getNumColumns(): number;
  activate(): Range;
}

export interface Properties {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): Properties;
  deleteProperty(key: string): Properties;
}
export interface PropertiesServiceApi {
  getUserProperties(): Properties;
  getScriptProperties(): Properties;
}
export interface Cache {
  get(key: string): string | null;
  getAll(keys: string[]): Record<string, string>;
  put(key: string, value: string, expirationInSeconds?: number): void;
  putAll(values: Record<string, string>, expirationInSeconds?: number): void;
  remove(key: string): void;
  removeAll(keys: string[]): void;
}
export interface CacheServiceApi {
  getUserCache(): Cache | null;
  getScriptCache(): Cache | null;
}
export interface Lock {
  tryLock(timeoutInMillis: number): boolean;
  waitLock(timeoutInMillis: number): void;
  releaseLock(): void;
  hasLock(): boolean;
}
export interface LockServiceApi {
  getScriptLock(): Lock;
  getUserLock(): Lock;
}
export interface SessionApi {
  getActiveUser(): { getEmail(): string };
  getScriptTimeZone(): string;
}
export interface Blob {
  getDataAsString(): string;
  getContentType(): string | null;
  getName(): string | null;
}
export interface UtilitiesApi {
  /** Text, or bytes as Apps Script's Byte[] (each -128 to 127). */
  newBlob(data: string | number[], contentType?: string, name?: string): Blob;
  getUuid(): string;
}
export interface HttpResponse {
  getResponseCode(): number;
  getContentText(): string;
}
export interface UrlFetchAppApi {
  fetch(url: string, params?: { method?: 'get'; headers?: Record<string, string>; muteHttpExceptions?: boolean }): HttpResponse;
}
export interface ScriptAppApi {
  getOAuthToken(): string;
}

/**
 * What the add-on's code may call, with the signatures Google's published typings give them where typings exist
 * (@types/google-apps-script): the Drive and Docs advanced services and Utilities are picked from the official
 * declarations, so a call the reference does not allow (a media blob that may be undefined, a name that may be
 * missing) fails to compile. The fakes implement the narrow interfaces above (SandboxGlobals).
 */
export interface AppsScriptGlobals {
  CardService: CardServiceApi;
  Drive: { Files: Pick<GoogleAppsScript.Drive['Files'], 'list' | 'get' | 'create' | 'update' | 'generateIds' | 'remove'>; Permissions: Pick<GoogleAppsScript.Drive['Permissions'], 'create'> };
  Docs: { Documents: Pick<GoogleAppsScript.Docs['Documents'], 'get'> };
  DocumentApp: DocumentAppApi;
  SpreadsheetApp: SpreadsheetAppApi;
  PropertiesService: PropertiesServiceApi;
  CacheService: CacheServiceApi;
  LockService: LockServiceApi;
  Session: SessionApi;
  Utilities: Pick<GoogleAppsScript.Utilities.Utilities, 'newBlob' | 'getUuid'>;
  UrlFetchApp: UrlFetchAppApi;
  ScriptApp: ScriptAppApi;
}

/** What the sandbox's fakes provide: the same services, with the advanced services and Utilities as the narrow interfaces above. */
export type SandboxGlobals = Omit<AppsScriptGlobals, 'Drive' | 'Docs' | 'Utilities'> & { Drive: DriveAdvancedService; Docs: DocsAdvancedService; Utilities: UtilitiesApi };

/** The services, looked up when called (Apps Script defines them as globals of the script's one scope). */
export function gas(): AppsScriptGlobals {
  return globalThis as unknown as AppsScriptGlobals;
}
