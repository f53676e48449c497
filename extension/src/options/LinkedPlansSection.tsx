// Linked plans: which Drive plan file belongs to which attendee (paste the file's link or its id).
import { useState } from 'preact/hooks';
import { driveFileUrl } from '../common/plan-summary';
import type { Settings } from '../common/settings';
import { Errors, type Save } from './Options';

export function LinkedPlansSection({ settings, save }: { settings: Settings; save: Save }) {
  const [email, setEmail] = useState('');
  const [file, setFile] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const add = async () => {
    const problems = await save((stored) => ({ ...stored, linkedPlans: [...stored.linkedPlans, { email, fileId: file }] }));
    setErrors(problems.map((p) => p.replace(/^linkedPlans\[\d+\]\./, '')));
    if (!problems.length) {
      setEmail('');
      setFile('');
    }
  };
  return (
    <section data-testid="linked-plans">
      <h2>Linked plans</h2>
      <p class="lead">When you open a one-on-one with someone listed here, Trellis reads their plan from Google Drive (read and written with the drive.file scope only) and keeps a copy on this device for offline use.</p>
      {settings.linkedPlans.length ? (
        <table>
          <thead>
            <tr>
              <th>Attendee</th>
              <th>Plan file</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {settings.linkedPlans.map((p) => (
              <tr key={p.email}>
                <td>{p.email}</td>
                <td>
                  <a href={driveFileUrl(p.fileId)} target="_blank" rel="noopener noreferrer">
                    {p.fileId}
                  </a>
                </td>
                <td>
                  <button type="button" onClick={() => save((stored) => ({ ...stored, linkedPlans: stored.linkedPlans.filter((q) => q.email !== p.email) }))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">No plans linked yet: one-on-ones get generic questions.</p>
      )}
      <div class="row">
        <input class="grow" type="email" aria-label="Attendee email" placeholder="alex@example.com" value={email} onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)} />
        <input class="grow" type="text" aria-label="Plan file link or id" placeholder="Drive link or file id of their .plan.json" value={file} onInput={(e) => setFile((e.currentTarget as HTMLInputElement).value)} />
        <button type="button" class="primary" onClick={add}>
          Link plan
        </button>
      </div>
      <Errors errors={errors} testId="link-errors" />
    </section>
  );
}
