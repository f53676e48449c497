// Quick actions on a linked plan: tick off a milestone with its evidence, or record recognition.
import { useState } from 'preact/hooks';
import type { PlanSummary } from '../common/plan-summary';

export interface QuickActionsProps {
  plan: PlanSummary;
  onCompleteMilestone(milestoneId: string, evidence: string): Promise<boolean>;
  onRecognise(text: string): Promise<boolean>;
}

export function QuickActions({ plan, onCompleteMilestone, onRecognise }: QuickActionsProps) {
  const [chosen, setMilestoneId] = useState(plan.openMilestones[0]?.id ?? '');
  // Once a milestone is done the refreshed plan no longer lists it: the choice moves to the next open one.
  const milestoneId = plan.openMilestones.some((m) => m.id === chosen) ? chosen : (plan.openMilestones[0]?.id ?? '');
  const [evidence, setEvidence] = useState('');
  const [recognition, setRecognition] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<boolean>, clear: () => void) => {
    setBusy(true);
    if (await action()) clear();
    setBusy(false);
  };
  return (
    <details data-trellis="quick-actions">
      <summary>Quick actions</summary>
      {plan.openMilestones.length > 0 && (
        <form
          data-trellis="complete-milestone"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => onCompleteMilestone(milestoneId, evidence.trim()), () => setEvidence(''));
          }}
        >
          <h3>Milestone done</h3>
          <select aria-label="Milestone" value={milestoneId} onChange={(e) => setMilestoneId((e.currentTarget as HTMLSelectElement).value)}>
            {plan.openMilestones.map((m) => (
              <option value={m.id}>
                {m.title} (due {m.due})
              </option>
            ))}
          </select>
          <input aria-label="Evidence" placeholder="Evidence: what shows it is done" value={evidence} onInput={(e) => setEvidence((e.currentTarget as HTMLInputElement).value)} />
          <div class="row">
            <span />
            <button class="primary" type="submit" disabled={busy || !evidence.trim() || !milestoneId}>
              Mark done
            </button>
          </div>
        </form>
      )}
      <form
        data-trellis="recognition"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => onRecognise(recognition.trim()), () => setRecognition(''));
        }}
      >
        <h3>Recognition</h3>
        <input aria-label="Recognition" placeholder={`What ${plan.employeeName} did well`} value={recognition} onInput={(e) => setRecognition((e.currentTarget as HTMLInputElement).value)} />
        <div class="row">
          <span />
          <button class="primary" type="submit" disabled={busy || !recognition.trim()}>
            Record
          </button>
        </div>
      </form>
    </details>
  );
}
