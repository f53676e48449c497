// The layout probe, run on the user's own open Calendar tab with their consent: how many elements match each of
// Trellis's selectors (numbers only, never any text), to copy into a bug report the day Calendar changes its page.
import { useState } from 'preact/hooks';
import type { LayoutProbe } from '../calendar/layout-probe';

async function runProbe(): Promise<LayoutProbe | string> {
  // host permission for calendar.google.com is what lets this find the tab; no "tabs" permission is needed
  const tabs = await chrome.tabs.query({ url: 'https://calendar.google.com/*' });
  const tab = tabs.find((t) => t.active) ?? tabs[0];
  if (tab?.id === undefined) return 'Open Google Calendar in a tab first (with an event open, to probe the popover too).';
  try {
    const answer = (await chrome.tabs.sendMessage(tab.id, { type: 'layout:probe' })) as LayoutProbe | undefined;
    return answer ?? 'The Calendar tab did not answer: reload it and try again.';
  } catch {
    return 'The Calendar tab did not answer: reload it and try again.';
  }
}

export function LayoutProbeSection() {
  const [consent, setConsent] = useState(false);
  const [result, setResult] = useState<LayoutProbe | string>();
  const json = typeof result === 'object' ? JSON.stringify(result, null, 2) : undefined;
  return (
    <section data-testid="layout-probe">
      <h2>Layout probe</h2>
      <p class="muted">
        Counts, on your open Calendar tab, how many elements match each selector Trellis reads, and whether a real capture of Calendar confirms that selector or it is assumed. Only numbers: no titles,
        names, addresses or ids are read out, and nothing is sent anywhere. Copy the result into a report when the status above says Trellis cannot read Calendar.
      </p>
      <label>
        <input type="checkbox" data-testid="probe-consent" checked={consent} onChange={(e) => setConsent((e.currentTarget as HTMLInputElement).checked)} /> I agree to let Trellis count
        matches on my open Calendar tab
      </label>
      <div class="row">
        <button type="button" data-testid="probe-run" disabled={!consent} onClick={async () => setResult(await runProbe())}>
          Run the layout probe
        </button>
        {json && (
          <button type="button" onClick={() => void navigator.clipboard.writeText(json)}>
            Copy
          </button>
        )}
      </div>
      {typeof result === 'string' && <p class="warn">{result}</p>}
      {json && <pre data-testid="probe-result">{json}</pre>}
    </section>
  );
}
