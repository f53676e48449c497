// Trellis settings: one-on-one detection, the team's question bank, linked plans, privacy of notes, export and
// import. Every change is validated (zod) before it is stored; errors say which field and what to do.
import { useEffect, useState } from 'preact/hooks';
import { validateSettings } from '../common/settings-schema';
import { loadSettings, saveSettings, type Settings } from '../common/settings';
import { LinkedPlansSection } from './LinkedPlansSection';
import { PrivacySection } from './PrivacySection';
import { QuestionBankSection } from './QuestionBankSection';
import { RulesSection } from './RulesSection';
import { StatusSection } from './StatusSection';
import { TransferSection } from './TransferSection';

export type Save = (next: Settings) => Promise<string[]>;

export function Options() {
  const [settings, setSettings] = useState<Settings>();
  const [saved, setSaved] = useState('');
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return <p>Loading…</p>;

  /** Validates and stores; returns the problems (empty when saved). */
  const save: Save = async (next) => {
    const checked = validateSettings(next);
    if (!checked.ok) return checked.errors;
    await saveSettings(checked.settings);
    setSettings(checked.settings);
    setSaved(`Saved at ${new Date().toLocaleTimeString()}`);
    return [];
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
      <RulesSection settings={settings} save={save} />
      <QuestionBankSection settings={settings} save={save} />
      <PrivacySection />
      <TransferSection settings={settings} save={save} />
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
