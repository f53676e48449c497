// Beside a meeting Trellis could not read completely: says what it could not read and offers to treat the meeting
// as a one-on-one by hand, with the person picked from the guests it saw (or typed when it saw none).
import { useState } from 'preact/hooks';
import type { MeetingAttendee } from '../../../shared/meetings/one-on-one';

export interface ByHandProps {
  title: string;
  missing: string[];
  candidates: MeetingAttendee[];
  onChoose(other: Pick<MeetingAttendee, 'email' | 'name'>): void;
  onClose(): void;
}

export function ByHandChoice({ title, missing, candidates, onChoose, onClose }: ByHandProps) {
  const [typed, setTyped] = useState('');
  const typedPerson = () => (typed.includes('@') ? { email: typed.trim() } : { name: typed.trim() });
  return (
    <div class="panel" role="complementary" aria-label="Trellis: is this a one-on-one?" data-trellis="by-hand">
      <header>
        <span class="mark" aria-hidden="true">T</span>
        <h2 data-trellis="panel-title" title={title}>
          {title || 'This meeting'}
        </h2>
        <button type="button" class="close" aria-label="Hide Trellis for this meeting" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="meta" data-trellis="by-hand-reason">
        Trellis could not read this meeting completely ({missing.join('; ')}), so it cannot tell whether it is a one-on-one.
      </p>
      {candidates.length ? (
        <>
          <p class="meta">Treat it as a one-on-one with:</p>
          {candidates.map((person) => (
            <div class="row" key={person.email}>
              <button type="button" data-trellis="by-hand-pick" onClick={() => onChoose({ email: person.email, name: person.name })}>
                {person.name ? `${person.name} (${person.email})` : person.email}
              </button>
            </div>
          ))}
        </>
      ) : (
        <>
          <label class="meta">
            Treat it as a one-on-one with (their email or name):
            <input type="text" data-trellis="by-hand-person" value={typed} onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <div class="row">
            <button type="button" class="primary" data-trellis="by-hand-pick" disabled={!typed.trim()} onClick={() => onChoose(typedPerson())}>
              Treat as a one-on-one
            </button>
          </div>
        </>
      )}
      <p class="hint">Remembered for this meeting series on this device.</p>
    </div>
  );
}
