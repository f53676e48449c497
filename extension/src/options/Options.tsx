// Trellis settings: one-on-one detection, the team's question bank, linked plans, privacy of notes, export and
// import. Every change is validated (zod) before it is stored; errors say which field and what to do.
import { useEffect, useRef, useState } from 'preact/hooks';
import { validateSettings } from '../common/settings-schema';
import { loadSettings, saveSettings, SETTINGS_KEY, withDefaults, type Settings } from '../common/settings';
import { LayoutProbeSection } from './LayoutProbeSection';
import { LinkedPlansSection } from './LinkedPlansSection';
import { PrivacySection } from './PrivacySection';
import { QuestionBankSection } from './QuestionBankSection';
import { RulesSection } from './RulesSection';
import { StatusSection } from './StatusSection';
import { TransferSection } from './TransferSection';

/**
 * Saves one section's change: `change` gets the settings as stored right now (never the copy this page showed,
 * which another tab, an import or the extension itself may have changed since) and returns them with the
 * section's fields set. Returns the problems, empty when saved.
 */
export type Save = (change: (stored: Settings) => Settings) => Promise<string[]>;

export function Options() {
  const [settings, setSettings] = useState<Settings>();
  const [saved, setSaved] = useState('');
  // one save at a time, each reading what the one before wrote
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    void loadSettings().then(setSettings);
    // Whatever changes the settings (this page, another tab, an import), every section shows it.
    const listen = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area === 'local' && changes[SETTINGS_KEY]) setSettings(withDefaults(changes[SETTINGS_KEY].newValue as Partial<Settings> | undefined));
    };
    chrome.storage.onChanged.addListener(listen);
    return () => chrome.storage.onChanged.removeListener(listen);
  }, []);
  if (!settings) return <p>Loading…</p>;

  const save: Save = (change) => {
    const run = async () => {
      const checked = validateSettings(change(await loadSettings()));
      if (!checked.ok) return checked.errors;
      await saveSettings(checked.settings);
      setSettings(checked.settings);
      setSaved(`Saved at ${new Date().toLocaleTimeString()}`);
      return [];
    };
    const result = queue.current.then(run, run);
    queue.current = result;
    return result;
  };

  return (
    <>
      <h1>
        <img src="/icons/icon-48.png" alt="" /> Trellis settings
      </h1>
      <p class="lead">Trellis shows development questions, the person's career plan and your private notes beside one-on-ones in Google Calendar.</p>
      {saved && (
        <p class="ok" data-testid="saved">
          {saved}
        </p>
      )}
      <StatusSection settings={settings} save={save} />
      <LinkedPlansSection settings={settings} save={save} />
      {/* the form starts again from the stored rules whenever they change (an import, another tab) */}
      <RulesSection key={JSON.stringify([settings.rules, settings.developmentMinutes])} settings={settings} save={save} />
      <QuestionBankSection settings={settings} save={save} />
      <PrivacySection />
      <TransferSection settings={settings} save={save} />
      <LayoutProbeSection />
    </>
  );
}

export function Errors({ errors, testId }: { errors: string[]; testId?: string }) {
  if (!errors.length) return null;
  return (
    <ul class="errors" data-testid={testId} role="alert">
      {errors.map((e) => (
        <li>{e}</li>
      ))}
    </ul>
  );
}
