// The notes box: saved on this device per event series as the manager types, shown again next time;
// sent to the plan (as a check-in) only when the manager asks.
import { useEffect, useRef, useState } from 'preact/hooks';

export interface NotesProps {
  seriesId: string;
  load(seriesId: string): Promise<string>;
  save(seriesId: string, text: string): Promise<void>;
  /** Present when a plan is linked: saves the notes to it as a check-in; true when saved. */
  onSaveToPlan?: (text: string) => Promise<boolean>;
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
  // "Save to plan" waits for the answer, and for new text once saved: one press, one check-in.
  const [sending, setSending] = useState(false);
  const [sentText, setSentText] = useState<string>();
  useEffect(() => {
    let live = true;
    setState('loading');
    setSentText(undefined);
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
  // Whatever is typed is saved, even if the popover closes, the tab is hidden or the page unloads before the pause.
  useEffect(() => {
    const flushNow = () => {
      if (!timer.current) return;
      clearTimeout(timer.current);
      timer.current = undefined;
      return save(seriesId, latest.current);
    };
    const onHide = () => flushNow()?.then(
      () => setState('saved'),
      () => setState('failed'),
    );
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flushNow()?.catch(() => undefined);
    };
  }, [seriesId]);
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
          <button
            type="button"
            data-trellis="save-notes-to-plan"
            disabled={!text.trim() || sending || text === sentText}
            onClick={async () => {
              setSending(true);
              try {
                if (await onSaveToPlan(text)) setSentText(text);
              } finally {
                setSending(false);
              }
            }}
          >
            Save to plan
          </button>
        )}
      </div>
    </section>
  );
}
