// Private one-on-one notes: kept per event series in this browser only (chrome.storage.local, never synced),
// shown again at the next occurrence, and sent nowhere unless the manager saves them to the plan.

export interface SeriesNotes {
  text: string;
  updatedAt: string;
  /** The meeting title when last edited, so the options page can list what is stored. */
  title: string;
}

export const NOTES_PREFIX = 'notes:';
export const notesKey = (seriesId: string) => `${NOTES_PREFIX}${seriesId}`;

export async function loadNotes(seriesId: string): Promise<SeriesNotes | undefined> {
  const key = notesKey(seriesId);
  return (await chrome.storage.local.get(key))[key] as SeriesNotes | undefined;
}

export async function saveNotes(seriesId: string, text: string, title: string): Promise<void> {
  const key = notesKey(seriesId);
  if (!text.trim()) await chrome.storage.local.remove(key);
  else await chrome.storage.local.set({ [key]: { text, title, updatedAt: new Date().toISOString() } satisfies SeriesNotes });
}

/** Every stored series' notes, for the privacy section. */
export async function allNotes(): Promise<Record<string, SeriesNotes>> {
  const all = await chrome.storage.local.get(null);
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith(NOTES_PREFIX)).map(([k, v]) => [k.slice(NOTES_PREFIX.length), v as SeriesNotes]));
}

export async function deleteAllNotes(): Promise<number> {
  const keys = Object.keys(await allNotes()).map(notesKey);
  await chrome.storage.local.remove(keys);
  return keys.length;
}
