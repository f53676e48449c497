// Compile-time proof that the narrow service types name only what Apps Script's published typings have: the
// services are fully assignable; for the card builders (whose real parameter types are wider base classes) every
// method name the add-on and its fakes use must exist on the real builder.
import type * as N from './apps-script';
import CS = GoogleAppsScript.Card_Service;

type Assignable<Real, Narrow> = Real extends Narrow ? true : false;
type UnknownNames<Narrow, Real> = Exclude<keyof Narrow, keyof Real>;

export const servicesMatch: [
  Assignable<GoogleAppsScript.Spreadsheet.SpreadsheetApp, N.SpreadsheetAppApi>,
  Assignable<GoogleAppsScript.Document.DocumentApp, N.DocumentAppApi>,
  Assignable<GoogleAppsScript.Properties.PropertiesService, N.PropertiesServiceApi>,
  Assignable<GoogleAppsScript.Cache.CacheService, N.CacheServiceApi>,
  Assignable<GoogleAppsScript.Lock.LockService, N.LockServiceApi>,
  Assignable<GoogleAppsScript.Base.Session, N.SessionApi>,
  Assignable<GoogleAppsScript.URL_Fetch.UrlFetchApp, N.UrlFetchAppApi>,
  Assignable<GoogleAppsScript.Script.ScriptApp, N.ScriptAppApi>,
] = [true, true, true, true, true, true, true, true];

export const cardNamesExist: never[] = [] as (
  | UnknownNames<N.CardServiceApi, CS.CardService>
  | UnknownNames<N.CardBuilder, CS.CardBuilder>
  | UnknownNames<N.CardHeader, CS.CardHeader>
  | UnknownNames<N.CardSection, CS.CardSection>
  | UnknownNames<N.TextParagraph, CS.TextParagraph>
  | UnknownNames<N.DecoratedText, CS.DecoratedText>
  | UnknownNames<N.TextInput, CS.TextInput>
  | UnknownNames<N.SelectionInput, CS.SelectionInput>
  | UnknownNames<N.ButtonSet, CS.ButtonSet>
  | UnknownNames<N.TextButton, CS.TextButton>
  | UnknownNames<N.OpenLink, CS.OpenLink>
  | UnknownNames<N.Action, CS.Action>
  | UnknownNames<N.FixedFooter, CS.FixedFooter>
  | UnknownNames<N.ActionResponseBuilder, CS.ActionResponseBuilder>
  | UnknownNames<N.Navigation, CS.Navigation>
  | UnknownNames<N.Notification, CS.Notification>
  | UnknownNames<N.EditorFileScopeActionResponseBuilder, CS.EditorFileScopeActionResponseBuilder>
  | UnknownNames<N.DriveItemsSelectedActionResponseBuilder, CS.DriveItemsSelectedActionResponseBuilder>
)[];
