// Privacy: notes stay on this device unless you save them to the plan; see and delete what is stored.
import { useEffect, useState } from 'preact/hooks';
import { allNotes, deleteAllNotes } from '../common/notes';

export function PrivacySection() {
  const [count, setCount] = useState<number>();
  const [done, setDone] = useState('');
  useEffect(() => {
    void allNotes().then((n) => setCount(Object.keys(n).length));
  }, []);
  return (
    <section data-testid="privacy">
      <h2>Privacy</h2>
      <p>
        Your one-on-one notes stay on this device (in this browser profile's extension storage, never synced) unless you press <em>Save to plan</em>, which adds them to the person's plan in Drive as a check-in. Trellis reads and writes only the plan files you link, with the <code>drive.file</code> scope, and sends nothing anywhere else.
      </p>
      <div class="row">
        <span>{count === undefined ? '' : `${count} meeting series have notes on this device.`}</span>
        <button
          type="button"
          disabled={!count}
          onClick={async () => {
            if (!confirm('Delete every one-on-one note stored on this device? This cannot be undone.')) return;
            const n = await deleteAllNotes();
            setCount(0);
            setDone(`Deleted the notes of ${n} series.`);
          }}
        >
          Delete all notes
        </button>
        <span class="muted">{done}</span>
      </div>
    </section>
  );
}
