// Whether Trellis can read Calendar's page and Drive: recognised, partly recognised (what was not found, and
// since when) or not recognised; your email; signing in to Drive.
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../common/messages';
import type { Settings } from '../common/settings';
import { LAYOUT_STATUS_KEY, type LayoutStatus } from '../content/layout-status';
import { Errors, type Save } from './Options';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The stored status as a person reads it (a status stored by an older Trellis has no level: its flag decides). */
function LayoutLine({ layout }: { layout: LayoutStatus }) {
  const level = layout.level ?? (layout.recognised ? 'recognised' : 'not-recognised');
  const assumed = layout.assumed?.length ? ` Selectors no real capture confirms matched: ${layout.assumed.join(', ')}.` : '';
  const since = layout.since ? ` (since ${when(layout.since)})` : '';
  if (level === 'recognised') return <p class="ok">Calendar layout recognised ({layout.detail}).{assumed}</p>;
  if (level === 'partial') {
    return (
      <p class="warn">
        <strong>Calendar layout partly recognised</strong>: {(layout.missing ?? []).join('; ') || layout.detail}{since}. On a meeting Trellis cannot read, its panel offers to treat it as a one-on-one by hand.{assumed}
      </p>
    );
  }
  return (
    <p class="warn">
      <strong>Calendar layout not recognised</strong>: {layout.detail}{since}. Trellis shows no panel until an update follows Calendar's change; nothing else is affected.
    </p>
  );
}

function YourEmail({ selfEmail, save }: { selfEmail: string; save: Save }) {
  const [email, setEmail] = useState(selfEmail);
  const [errors, setErrors] = useState<string[]>([]);
  return (
    <>
      <label>
        Your email, as your team's plans name you: Trellis records quick actions under it (without it, under the Google account signed in to Drive)
        <input type="email" data-testid="your-email" value={email} placeholder="you@example.com" onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <Errors errors={errors} />
      <button type="button" onClick={async () => setErrors(await save((stored) => ({ ...stored, selfEmail: email.trim() })))}>
        Save email
      </button>
    </>
  );
}

export function StatusSection({ settings, save }: { settings: Settings; save: Save }) {
  const [layout, setLayout] = useState<LayoutStatus>();
  const [signIn, setSignIn] = useState('');
  useEffect(() => {
    void chrome.storage.local.get(LAYOUT_STATUS_KEY).then((got) => setLayout(got[LAYOUT_STATUS_KEY] as LayoutStatus | undefined));
    const listen = (changes: Record<string, chrome.storage.StorageChange>) => {
      if (changes[LAYOUT_STATUS_KEY]) setLayout(changes[LAYOUT_STATUS_KEY].newValue as LayoutStatus);
    };
    chrome.storage.local.onChanged.addListener(listen);
    return () => chrome.storage.local.onChanged.removeListener(listen);
  }, []);
  return (
    <section data-testid="status">
      <h2>Status</h2>
      <div data-testid="layout-status">
        {!layout ? (
          <p class="muted">Open Google Calendar: Trellis reports here whether it recognises the page.</p>
        ) : (
          <LayoutLine layout={layout} />
        )}
      </div>
      {/* starts again from the stored address whenever it changes (an import, another tab) */}
      <YourEmail key={settings.selfEmail} selfEmail={settings.selfEmail} save={save} />
      <div class="row">
        <button type="button" onClick={async () => {
          const answer = await ask({ type: 'auth:sign-in' });
          setSignIn(answer.ok ? (answer.message ?? 'Signed in.') : answer.error);
        }}>
          Sign in to Google Drive
        </button>
        <span class="muted">{signIn}</span>
      </div>
    </section>
  );
}
