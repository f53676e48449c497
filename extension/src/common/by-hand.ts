// One-on-ones a manager marked by hand, per meeting series, on this device: for a meeting whose guests Trellis
// could not read, the person picked from the guests it saw (or typed), so the panel shows for it from then on.
import type { MeetingAttendee } from '../../../shared/meetings/one-on-one';

export const BY_HAND_PREFIX = 'oneOnOneByHand:';

export interface ByHandChoice {
  other: Pick<MeetingAttendee, 'email' | 'name'>;
  at: string;
}

export function saveByHand(seriesId: string, other: ByHandChoice['other']): Promise<void> {
  const choice: ByHandChoice = { other: { email: other.email?.trim().toLowerCase() || undefined, name: other.name?.trim() || undefined }, at: new Date().toISOString() };
  return chrome.storage.local.set({ [BY_HAND_PREFIX + seriesId]: choice });
}
