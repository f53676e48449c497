// Quick actions on a linked plan, only those the core's rulebook offers the user now: complete a milestone with
// its evidence (the manager confirms one that targets a level, with the level), record a new assessment, or
// recognise progress.
import { useState } from 'preact/hooks';
import type { PlanSummary } from '../common/plan-summary';

export interface QuickActionsProps {
  plan: PlanSummary;
  onCompleteMilestone(milestoneId: string, evidence: string, level?: number): Promise<boolean>;
  onRecognise(text: string): Promise<boolean>;
  onAssess(competencyId: string, level: number, evidence: string): Promise<boolean>;
}

export function QuickActions({ plan, onCompleteMilestone, onRecognise, onAssess }: QuickActionsProps) {
  const you = plan.you;
  const offered = new Set(you?.offered ?? []);
  const completable = you?.completable ?? [];
  const [chosen, setMilestoneId] = useState(completable[0]?.id ?? '');
  // Once a milestone is done the refreshed plan no longer lists it: the choice moves to the next open one.
  const milestone = completable.find((m) => m.id === chosen) ?? completable[0];
  const [evidence, setEvidence] = useState('');
  const [level, setLevel] = useState('');
  const [recognition, setRecognition] = useState('');
  const [competency, setCompetency] = useState(plan.competencies[0]?.id ?? '');
  const [assessedLevel, setAssessedLevel] = useState('');
  const [assessEvidence, setAssessEvidence] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<boolean>, clear: () => void) => {
    setBusy(true);
    if (await action()) clear();
    setBusy(false);
  };
  if (!you) return <p class="muted" data-trellis="quick-actions-unknown">Quick actions need to know who you are: set "Your email" in Trellis options.</p>;
  const canComplete = offered.has('complete-milestone') && completable.length > 0;
  const canAssess = offered.has('add-assessment') && plan.competencies.length > 0;
  const canRecognise = offered.has('add-recognition');
  if (!canComplete && !canAssess && !canRecognise) return null;
  const source = you.roles.includes('manager') ? 'manager' : you.roles.includes('employee') ? 'self' : 'peer';
  const levelNumber = (text: string) => (text.trim() === '' || !Number.isFinite(Number(text)) ? undefined : Number(text));
  return (
    <details data-trellis="quick-actions">
      <summary>Quick actions</summary>
      {canComplete && milestone && (
        <form
          data-trellis="complete-milestone"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => onCompleteMilestone(milestone.id, evidence.trim(), milestone.level !== undefined ? (levelNumber(level) ?? milestone.level) : undefined), () => {
              setEvidence('');
              setLevel('');
            });
          }}
        >
          <h3>{milestone.level !== undefined ? 'Confirm a level reached' : 'Milestone done'}</h3>
          <select aria-label="Milestone" value={milestone.id} onChange={(e) => setMilestoneId((e.currentTarget as HTMLSelectElement).value)}>
            {completable.map((m) => (
              <option value={m.id}>
                {m.title} (due {m.due})
              </option>
            ))}
          </select>
          {milestone.level !== undefined && <input aria-label="Level reached" inputMode="numeric" placeholder={`Level reached (at least ${milestone.level})`} value={level} onInput={(e) => setLevel((e.currentTarget as HTMLInputElement).value)} />}
          <input aria-label="Evidence" placeholder="Evidence: what shows it is done" value={evidence} onInput={(e) => setEvidence((e.currentTarget as HTMLInputElement).value)} />
          <div class="row">
            <span />
            <button class="primary" type="submit" disabled={busy || !evidence.trim()}>
              {milestone.level !== undefined ? 'Confirm' : 'Mark done'}
            </button>
          </div>
        </form>
      )}
      {canAssess && (
        <form
          data-trellis="add-assessment"
          onSubmit={(e) => {
            e.preventDefault();
            const n = levelNumber(assessedLevel);
            if (n === undefined) return;
            void run(() => onAssess(competency, n, assessEvidence.trim()), () => {
              setAssessedLevel('');
              setAssessEvidence('');
            });
          }}
        >
          <h3>{source === 'manager' ? 'New manager assessment' : source === 'self' ? 'New self-assessment' : 'New peer assessment'}</h3>
          <select aria-label="Competency" value={competency} onChange={(e) => setCompetency((e.currentTarget as HTMLSelectElement).value)}>
            {plan.competencies.map((c) => (
              <option value={c.id}>
                {c.label} (aim: level {c.target})
              </option>
            ))}
          </select>
          <input aria-label="Level" inputMode="numeric" placeholder="Level now" value={assessedLevel} onInput={(e) => setAssessedLevel((e.currentTarget as HTMLInputElement).value)} />
          <input aria-label="Assessment evidence" placeholder="Evidence from real work" value={assessEvidence} onInput={(e) => setAssessEvidence((e.currentTarget as HTMLInputElement).value)} />
          <div class="row">
            <span />
            <button class="primary" type="submit" disabled={busy || levelNumber(assessedLevel) === undefined}>
              Record
            </button>
          </div>
        </form>
      )}
      {canRecognise && (
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
      )}
    </details>
  );
}
