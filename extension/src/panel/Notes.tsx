// The notes box: saved on this device per event series as the manager types, shown again next time;
// sent to the plan (as a check-in) only when the manager asks.
import { useEffect, useRef, useState } from 'preact/hooks';

export interface NotesProps {
  seriesId: string;
  load(seriesId: string): Promise<string>;
  save(seriesId: string, text: string): Promise<void>;
  /** Present when a plan is linked: saves the notes to it as a check-in. */
  onSaveToPlan?: (text: string) => Promise<void>;
}

const NOTES_STATE = {
  loading: 'Private: kept on this device',
  idle: 'Private: kept on this device',
  saving: 'Saving…',
  saved: 'Saved on this device',
  failed: 'Not saved: Trellis was updated or turned off; reload this page to keep taking notes',
  unavailable: 'Trellis was updated or turned off; reload this page',
} as const;

export function Notes({ seriesId, load, save, onSaveToPlan }: NotesProps) {
  const [text, setText] = useState('');
  const [state, setState] = useState<'loading' | 'idle' | 'saving' | 'saved' | 'failed' | 'unavailable'>('loading');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const latest = useRef('');
  useEffect(() => {
    let live = true;
    setState('loading');
    load(seriesId).then(
      (stored) => {
        if (!live) return;
        latest.current = stored;
        setText(stored);
        setState('idle');
      },
      () => live && setState('unavailable'),
    );
    return () => {
      live = false;
    };
  }, [seriesId]);
  // Whatever is typed is saved, even if the popover closes before the pause.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        save(seriesId, latest.current).catch(() => undefined);
      }
    },
    [seriesId],
  );
  const onInput = (value: string) => {
    setText(value);
    latest.current = value;
    setState('saving');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      save(seriesId, value).then(
        () => setState('saved'),
        () => setState('failed'),
      );
    }, 300);
  };
  return (
    <section>
      <h3>Notes</h3>
      <textarea
        data-trellis="notes"
        aria-label="One-on-one notes"
        placeholder={state === 'loading' ? 'Loading…' : state === 'unavailable' ? 'Notes cannot be read: reload this page.' : 'Notes for this one-on-one. They stay on this device.'}
        value={text}
        disabled={state === 'loading' || state === 'unavailable'}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="row">
        <span class={state === 'failed' || state === 'unavailable' ? 'hint error' : 'hint'} data-trellis="notes-state">
          {NOTES_STATE[state]}
        </span>
        {onSaveToPlan && (
          <button type="button" data-trellis="save-notes-to-plan" disabled={!text.trim()} onClick={() => onSaveToPlan(text)}>
            Save to plan
          </button>
        )}
      </div>
    </section>
  );
}
