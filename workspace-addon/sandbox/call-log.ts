// Every call the add-on makes to an Apps Script service, recorded by the fakes: what the tests and the bench
// count ("≤ 3 calls to read a sheet", "≤ 5 Drive calls to save a plan").

export interface ServiceCall {
  service: string;
  method: string;
  /** Calls that read a sheet's or a document's data (not metadata or builders). */
  dataRead?: boolean;
  detail?: string;
}

export class CallLog {
  readonly calls: ServiceCall[] = [];

  record(service: string, method: string, extra: Omit<ServiceCall, 'service' | 'method'> = {}): void {
    this.calls.push({ service, method, ...extra });
  }

  /** A mark to count from: `log.since(mark)`. */
  mark(): number {
    return this.calls.length;
  }

  since(mark: number): ServiceCall[] {
    return this.calls.slice(mark);
  }

  count(filter: (c: ServiceCall) => boolean = () => true, from = 0): number {
    return this.calls.slice(from).filter(filter).length;
  }

  reset(): void {
    this.calls.length = 0;
  }
}

/** Drive work, however it is reached: the advanced service, or the REST endpoint through UrlFetchApp. */
export const isDriveCall = (c: ServiceCall): boolean => c.service === 'Drive' || (c.service === 'UrlFetchApp' && (c.detail ?? '').includes('googleapis.com/drive/'));
