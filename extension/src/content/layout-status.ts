// Telling the options page whether Calendar's page still looks as Trellis expects ("Calendar layout not
// recognised" otherwise), written only when the verdict changes.

export interface LayoutStatus {
  recognised: boolean;
  detail: string;
  at: string;
}

export const LAYOUT_STATUS_KEY = 'layoutStatus';
let last: string | undefined;

export function reportLayout(recognised: boolean, detail: string): void {
  const key = `${recognised}:${detail}`;
  if (key === last) return;
  last = key;
  const status: LayoutStatus = { recognised, detail, at: new Date().toISOString() };
  chrome.storage.local.set({ [LAYOUT_STATUS_KEY]: status }).catch(() => undefined);
}
