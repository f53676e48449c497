// The Trellis panel beside a one-on-one: development prompts, the development countdown, private notes,
// where the person's plan stands and quick actions on it. Every text is rendered as text, never as HTML.
import { useState } from 'preact/hooks';
import type { TrellisRequest, TrellisResponse } from '../common/messages';
import { driveFileUrl } from '../common/plan-summary';
import { Countdown } from './Countdown';
import { Notes } from './Notes';
import { QuickActions } from './QuickActions';
import type { PanelView } from './panel-view';

export interface PanelServices {
  loadNotes(seriesId: string): Promise<string>;
  saveNotes(seriesId: string, text: string): Promise<void>;
  send(request: TrellisRequest): Promise<TrellisResponse>;
  openOptions(): void;
  now?: () => Date;
}

type Status = { text: string; error?: boolean } | undefined;

export function Panel({ view, services, onClose }: { view: PanelView; services: PanelServices; onClose(): void }) {
  const [status, setStatus] = useState<Status>();
  const summary = view.linked?.cached.summary;
  const who = summary?.employeeName ?? view.other?.name ?? view.other?.email ?? 'this person';

  const command = async (request: Extract<TrellisRequest, { type: 'plan:command' }>['command']): Promise<boolean> => {
    if (!view.linked) return false;
    setStatus({ text: 'Saving to the plan…' });
    const answer = await services.send({ type: 'plan:command', fileId: view.linked.fileId, command: request });
    if (answer.ok) setStatus({ text: answer.message ?? 'Saved to the plan.' });
    else setStatus({ text: answer.error, error: true });
    return answer.ok;
  };

  return (
    <div class="panel" role="complementary" aria-label="Trellis: development in this one-on-one">
      <header>
        <span class="mark" aria-hidden="true">T</span>
        <h2 data-trellis="panel-title" title={view.title}>
          {view.title || 'One-on-one'}
        </h2>
        <button type="button" class="close" aria-label="Hide Trellis for this meeting" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="meta">One-on-one with {who}</p>

      {view.linked ? (
        <div class="plan" data-trellis="plan">
          {summary ? (
            <>
              <div>
                Towards <strong>{summary.targetRole}</strong> · stage <strong data-trellis="plan-stage">{summary.context.stage}</strong>
              </div>
              {summary.context.gaps.length > 0 && <div>Largest gaps: {summary.context.gaps.slice(0, 3).join(', ')}</div>}
              {summary.context.nextMilestone && <div>Next milestone: {summary.context.nextMilestone}</div>}
              {summary.openMilestones[0]?.looksLike && (
                <div class="hint" data-trellis="milestone-looks-like">
                  What it looks like: {summary.openMilestones[0].looksLike}
                </div>
              )}
              <div>Next: {summary.nextStep}</div>
              {summary.readiness && <div data-trellis="plan-readiness">{summary.readiness}</div>}
              {summary.progress && <div data-trellis="plan-progress">Progress: {summary.progress}</div>}
              {summary.checkIns?.length > 0 && (
                <div data-trellis="plan-check-ins">
                  Last check-in {summary.checkIns[0]!.at}: {summary.checkIns[0]!.notes || '(no notes saved)'}
                </div>
              )}
            </>
          ) : (
            <div>{view.linked.cached.error ? 'The plan could not be read yet.' : 'Reading the plan…'}</div>
          )}
          {view.linked.cached.error && (
            <div class="hint" data-trellis="plan-error">
              {view.linked.cached.offline && summary ? `Offline: showing the copy from ${view.linked.cached.fetchedAt?.slice(0, 16).replace('T', ' ')}. ` : ''}
              {view.linked.cached.offline && summary ? '' : view.linked.cached.error}
              {view.linked.cached.needsSignIn && (
                <>
                  {' '}
                  <button type="button" data-trellis="sign-in" onClick={() => services.send({ type: 'plan:refresh', fileId: view.linked!.fileId, interactive: true })}>
                    Sign in
                  </button>
                </>
              )}
            </div>
          )}
          <div>
            <a data-trellis="open-plan" href={driveFileUrl(view.linked.fileId)} target="_blank" rel="noopener noreferrer">
              Open {who}'s plan
            </a>
          </div>
        </div>
      ) : (
        <p class="hint" data-trellis="no-plan">
          No plan linked for {view.other?.email ?? who}: questions are generic.{' '}
          <a href="#" data-trellis="link-plan" onClick={(e) => (e.preventDefault(), services.openOptions())}>
            Link a plan
          </a>
        </p>
      )}

      {view.times ? <Countdown start={view.times.start} end={view.times.end} minutes={view.developmentMinutes} now={services.now} /> : <p class="meta">Keep the last {view.developmentMinutes} minutes for development.</p>}

      <h3>Development questions</h3>
      <ol class="prompts">
        {view.prompts.map((p) => (
          <li data-trellis="prompt" data-question-id={p.id} key={p.id}>
            {p.text}
          </li>
        ))}
      </ol>

      <Notes
        seriesId={view.seriesId}
        load={services.loadNotes}
        save={services.saveNotes}
        onSaveToPlan={summary?.you?.offered.includes('record-check-in') ? (text) => command({ type: 'record-check-in', notes: text, eventId: view.eventId }) : undefined}
      />

      {summary && (
        <QuickActions
          plan={summary}
          onCompleteMilestone={(milestoneId, evidence, level) => command({ type: 'complete-milestone', milestoneId, evidence, ...(level !== undefined ? { level } : {}) })}
          onRecognise={(text) => command({ type: 'add-recognition', text })}
          onAssess={(competencyId, level, evidence) => {
            const source = summary.you?.roles.includes('manager') ? 'manager' : summary.you?.roles.includes('employee') ? 'self' : 'peer';
            return command({ type: 'add-assessment', assertions: [{ competencyId, level, source, date: (services.now?.() ?? new Date()).toISOString().slice(0, 10), evidence }] });
          }}
        />
      )}

      {status && (
        <div class={status.error ? 'status error' : 'status'} data-trellis="status" role="status">
          {status.text}
        </div>
      )}
    </div>
  );
}
