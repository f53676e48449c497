// Export and import of settings (detection rules, questions, linked plans) as a JSON file; notes are not included.
import { useState } from 'preact/hooks';
import { exportSettings, importSettings } from '../common/settings-schema';
import type { Settings } from '../common/settings';
import { Errors, type Save } from './Options';

export function TransferSection({ settings, save }: { settings: Settings; save: Save }) {
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'trellis-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const upload = async (file: File | undefined) => {
    setDone('');
    if (!file) return;
    const result = importSettings(await file.text());
    if (!result.ok) {
      setErrors([`${file.name} was not imported; nothing changed:`, ...result.errors]);
      return;
    }
    // an import replaces the settings as a whole: that is what it is for
    const problems = await save(() => result.settings);
    setErrors(problems);
    if (!problems.length) setDone(`Imported ${file.name}: ${result.settings.linkedPlans.length} linked plans, ${result.settings.customQuestions.length} team questions.`);
  };
  return (
    <section data-testid="transfer">
      <h2>Export and import</h2>
      <p class="lead">Move your settings to another browser or share a team's question bank. Notes are never exported.</p>
      <div class="row">
        <button type="button" onClick={download}>
          Export settings
        </button>
        <label>
          Import settings <input type="file" accept="application/json,.json" aria-label="Import settings file" onChange={(e) => upload((e.currentTarget as HTMLInputElement).files?.[0])} />
        </label>
      </div>
      <Errors errors={errors} testId="import-errors" />
      {done && (
        <p class="ok" data-testid="import-done">
          {done}
        </p>
      )}
    </section>
  );
}
