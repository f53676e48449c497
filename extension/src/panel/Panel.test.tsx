// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrellisRequest, TrellisResponse } from '../common/messages';
import { summarisePlan } from '../background/plan-cache';
import { looksLikeClause } from '../../../shared/plan/looks-like';
import { defaultSettings } from '../common/settings';
import { alexApprovedPlan, alexPlan, ALEX, ALEX_PLAN_FILE, DANA } from '../../test-support/plan-fixture';
import { Countdown } from './Countdown';
import { Panel, type PanelServices } from './Panel';
import { buildPanelView } from './panel-view';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

function services(over: Partial<PanelServices> = {}) {
  const notes = new Map<string, string>();
  const sent: TrellisRequest[] = [];
  const s: PanelServices & { notes: Map<string, string>; sent: TrellisRequest[] } = {
    notes,
    sent,
    loadNotes: async (id) => notes.get(id) ?? '',
    saveNotes: async (id, text) => void notes.set(id, text),
    send: async (r): Promise<TrellisResponse> => (sent.push(r), { ok: true, message: 'Saved to the plan.' }),
    openOptions: vi.fn(),
    ...over,
  };
  return s;
}

const input = { title: 'Alex / Dana', eventId: 'series1_20260302T100000Z', seriesId: 'series1', other: { email: ALEX.email, name: ALEX.name } };
const flush = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));
const flushMicrotasks = () => act(async () => void (await Promise.resolve()));

describe('Panel', () => {
  it('without a linked plan: three generic prompts, a link to options, no quick actions', async () => {
    const view = buildPanelView(input, defaultSettings(), {}, new Date('2026-03-02T10:00:00Z'));
    const s = services();
    await act(() => render(<Panel view={view} services={s} onClose={() => undefined} />, root));
    expect(root.querySelectorAll('[data-trellis="prompt"]')).toHaveLength(3);
    expect(root.querySelector('[data-trellis="no-plan"]')!.textContent).toContain('No plan linked for alex@example.com');
    expect(root.querySelector('[data-trellis="quick-actions"]')).toBeNull();
    (root.querySelector('[data-trellis="link-plan"]') as HTMLElement).click();
    expect(s.openOptions).toHaveBeenCalled();
  });

  it('renders a hostile title and prompt text as text', async () => {
    const view = buildPanelView({ ...input, title: '<img src=x onerror=alert(1)>' }, defaultSettings(), {}, new Date('2026-03-02T10:00:00Z'));
    view.prompts[0] = { ...view.prompts[0]!, text: '<b>bold?</b>' };
    await act(() => render(<Panel view={view} services={services()} onClose={() => undefined} />, root));
    expect(root.querySelector('[data-trellis="panel-title"]')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img, b')).toBeNull();
  });

  it('loads the series notes, saves what is typed, and keeps them on the device', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const s = services();
    s.notes.set('series1', 'last time: design review');
    const view = buildPanelView(input, defaultSettings(), {}, new Date('2026-03-02T10:00:00Z'));
    await act(() => render(<Panel view={view} services={s} onClose={() => undefined} />, root));
    await act(async () => void (await Promise.resolve()));
    const box = root.querySelector('textarea[data-trellis="notes"]') as HTMLTextAreaElement;
    expect(box.value).toBe('last time: design review');
    box.value = 'next: mentoring';
    await act(() => void box.dispatchEvent(new Event('input', { bubbles: true })));
    await act(async () => void vi.advanceTimersByTime(400));
    expect(s.notes.get('series1')).toBe('next: mentoring');
    expect(s.sent).toEqual([]);
  });

  it('says so when notes cannot be read or saved (the extension was updated under the page), throwing nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const gone = () => Promise.reject(new Error('Extension context invalidated.'));
    const view = buildPanelView(input, defaultSettings(), {}, new Date('2026-03-02T10:00:00Z'));
    await act(() => render(<Panel view={view} services={services({ loadNotes: gone })} onClose={() => undefined} />, root));
    await flushMicrotasks();
    const box = () => root.querySelector('textarea[data-trellis="notes"]') as HTMLTextAreaElement;
    expect(box().disabled).toBe(true);
    expect(box().placeholder).toBe('Notes cannot be read: reload this page.');
    render(null, root);
    await act(() => render(<Panel view={view} services={services({ saveNotes: gone })} onClose={() => undefined} />, root));
    await flushMicrotasks();
    box().value = 'typed';
    await act(() => void box().dispatchEvent(new Event('input', { bubbles: true })));
    await act(async () => void vi.advanceTimersByTime(400));
    await flushMicrotasks();
    expect(root.querySelector('[data-trellis="notes-state"]')!.textContent).toContain('Not saved');
  });

  it('with a linked plan: its stage, gaps and link; quick actions send core commands', async () => {
    const cached = { summary: summarisePlan(ALEX_PLAN_FILE, alexPlan(3), DANA.email), fetchedAt: '2026-03-02T09:00:00Z' };
    const settings = { ...defaultSettings(), linkedPlans: [{ email: ALEX.email, fileId: ALEX_PLAN_FILE }] };
    const view = buildPanelView(input, settings, { [ALEX_PLAN_FILE]: cached }, new Date('2026-03-02T10:00:00Z'));
    const s = services();
    await act(() => render(<Panel view={view} services={s} onClose={() => undefined} />, root));
    expect(root.querySelector('[data-trellis="plan-stage"]')!.textContent).toBe('active');
    expect(root.querySelector('[data-trellis="plan"]')!.textContent).toContain('Largest gaps: System design, Mentoring, Coding');
    expect((root.querySelector('[data-trellis="open-plan"]') as HTMLAnchorElement).href).toContain(ALEX_PLAN_FILE);
    // Dana is the manager: the milestone targets a level, so she confirms it with the level (the milestone's by default)
    expect(root.querySelector('[data-trellis="complete-milestone"] h3')!.textContent).toBe('Confirm a level reached');
    const evidence = root.querySelector('[data-trellis="complete-milestone"] input[aria-label="Evidence"]') as HTMLInputElement;
    evidence.value = 'Led the design review';
    await act(() => void evidence.dispatchEvent(new Event('input', { bubbles: true })));
    await act(() => void (root.querySelector('[data-trellis="complete-milestone"]') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();
    expect(s.sent).toEqual([{ type: 'plan:command', fileId: ALEX_PLAN_FILE, command: { type: 'complete-milestone', milestoneId: 'm-design-3', evidence: 'Led the design review', level: 3 } }]);
    expect(root.querySelector('[data-trellis="status"]')!.textContent).toBe('Saved to the plan.');
  });

  it('shows readiness then and now from the plan alone, and says when the plan does not record what its role asks for', async () => {
    const settings = { ...defaultSettings(), linkedPlans: [{ email: ALEX.email, fileId: ALEX_PLAN_FILE }] };
    const show = async (p: ReturnType<typeof alexPlan>) => {
      render(null, root);
      const view = buildPanelView(input, settings, { [ALEX_PLAN_FILE]: { summary: summarisePlan(ALEX_PLAN_FILE, p, DANA.email) } }, new Date('2026-03-02T10:00:00Z'));
      await act(() => render(<Panel view={view} services={services()} onClose={() => undefined} />, root));
      return root.querySelector('[data-trellis="plan-readiness"]')?.textContent;
    };
    const approved = alexApprovedPlan(3);
    expect(await show(approved)).toBe('Readiness 66% → 66% since approval (10 Feb 2026)');
    // Dana's March levels: mentoring reached (2 of 2), design reached (3 of 3): (4 + 2 + 2.25) / 9
    const march = (competencyId: string, level: number) => ({ competencyId, level, source: 'manager' as const, date: '2026-03-01', by: DANA.email, evidence: 'March' });
    expect(await show({ ...approved, assessment: [...approved.assessment, march('mentor', 2), march('design', 3)] })).toBe('Readiness 66% → 92% since approval (10 Feb 2026)');
    // a self level does not outrank the manager's: the figure stays
    expect(await show({ ...approved, assessment: [...approved.assessment, { ...march('code', 4), source: 'self' }] })).toBe('Readiness 66% → 66% since approval (10 Feb 2026)');
    expect(await show({ ...approved, history: alexPlan(3).history })).toBe('Readiness 66% (not approved yet)');
    expect(await show({ ...approved, assessment: [] })).toBe('Readiness: not assessed yet');
    // a plan written before the record existed: not a guess, a reason (and milestones still count)
    expect(await show({ ...approved, target: undefined })).toMatch(/^Readiness not known yet: the plan does not record what its target role asks for/);
    expect(root.querySelector('[data-trellis="plan-progress"]')!.textContent).toBe('Progress: 0 of 3 milestones reached, 0 levels confirmed by the manager since approval (2026-02-10)');
  });

  it('says what the next milestone\'s level looks like in the ladder\'s words, as the drafted plan carries them', async () => {
    const plan = alexPlan(3);
    // a drafted milestone's measure, written by the core's plan generator from the framework's descriptor
    plan.milestones[0]!.measure = `Dana validates System design at Practitioner in an assessment, with evidence from real work${looksLikeClause('Practitioner', 'System design', 'Leads design reviews across two teams.\nWrites the decision record.')}`;
    const settings = { ...defaultSettings(), linkedPlans: [{ email: ALEX.email, fileId: ALEX_PLAN_FILE }] };
    const show = async (p: typeof plan) => {
      const view = buildPanelView(input, settings, { [ALEX_PLAN_FILE]: { summary: summarisePlan(ALEX_PLAN_FILE, p), fetchedAt: '2026-03-02T09:00:00Z' } }, new Date('2026-03-02T10:00:00Z'));
      await act(() => render(<Panel view={view} services={services()} onClose={() => undefined} />, root));
    };
    await show(plan);
    expect(root.querySelector('[data-trellis="milestone-looks-like"]')!.textContent).toBe('What it looks like: Leads design reviews across two teams.; Writes the decision record.');
    render(null, root);
    // a milestone whose level the ladder never described shows no such line
    await show(alexPlan(3));
    expect(root.querySelector('[data-trellis="milestone-looks-like"]')).toBeNull();
  });

  it('offers Alex, the employee, no way to tick a milestone that targets a level, but a self-assessment and recognition', async () => {
    const settings = { ...defaultSettings(), linkedPlans: [{ email: ALEX.email, fileId: ALEX_PLAN_FILE }] };
    const summary = summarisePlan(ALEX_PLAN_FILE, alexPlan(3), ALEX.email);
    const s = services();
    await act(() => render(<Panel view={buildPanelView(input, settings, { [ALEX_PLAN_FILE]: { summary } }, new Date('2026-03-02T10:00:00Z'))} services={s} onClose={() => undefined} />, root));
    expect(root.querySelector('[data-trellis="complete-milestone"]')).toBeNull();
    expect(root.querySelector('[data-trellis="add-assessment"] h3')!.textContent).toBe('New self-assessment');
    const level = root.querySelector('[data-trellis="add-assessment"] input[aria-label="Level"]') as HTMLInputElement;
    level.value = '3';
    await act(() => void level.dispatchEvent(new Event('input', { bubbles: true })));
    await act(() => void (root.querySelector('[data-trellis="add-assessment"]') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();
    expect(s.sent).toEqual([{ type: 'plan:command', fileId: ALEX_PLAN_FILE, command: { type: 'add-assessment', assertions: [{ competencyId: 'design', level: 3, source: 'self', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), evidence: '' }] } }]);
    // someone not on the plan is offered nothing
    const outsider = summarisePlan(ALEX_PLAN_FILE, alexPlan(3), 'riley@example.com');
    expect(outsider.you!.offered).toEqual([]);
  });

  it('after "Mark done" the next open milestone is selected, and the done one is never sent again', async () => {
    const settings = { ...defaultSettings(), linkedPlans: [{ email: ALEX.email, fileId: ALEX_PLAN_FILE }] };
    const before = summarisePlan(ALEX_PLAN_FILE, alexPlan(3), DANA.email);
    const s = services();
    const show = (summary: typeof before) => act(() => render(<Panel view={buildPanelView(input, settings, { [ALEX_PLAN_FILE]: { summary } }, new Date())} services={s} onClose={() => undefined} />, root));
    await show(before);
    const form = () => root.querySelector('[data-trellis="complete-milestone"]') as HTMLFormElement;
    const submit = async (evidence: string) => {
      const input = form().querySelector('input[aria-label="Evidence"]') as HTMLInputElement;
      input.value = evidence;
      await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
      await act(() => void form().dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
      await flush();
    };
    await submit('Led the design review');
    // the worker's answer refreshes the cached plan: the milestone is no longer open
    await show({ ...before, openMilestones: before.openMilestones.filter((m) => m.id !== 'm-design-3'), you: { ...before.you!, completable: before.you!.completable.filter((m) => m.id !== 'm-design-3') } });
    expect((form().querySelector('select') as HTMLSelectElement).value).toBe('m-mentor-2');
    await submit('Mentored the new joiner');
    expect(s.sent.map((r) => (r as { command: { milestoneId: string } }).command.milestoneId)).toEqual(['m-design-3', 'm-mentor-2']);
  });

  it('saves the notes to the plan once: the button waits for the answer and for new text', async () => {
    const settings = { ...defaultSettings(), linkedPlans: [{ email: ALEX.email, fileId: ALEX_PLAN_FILE }] };
    const view = buildPanelView(input, settings, { [ALEX_PLAN_FILE]: { summary: summarisePlan(ALEX_PLAN_FILE, alexPlan(3), DANA.email) } }, new Date());
    let answer: (r: TrellisResponse) => void = () => undefined;
    const s = services({ send: (r) => (s.sent.push(r), new Promise<TrellisResponse>((resolve) => (answer = resolve))) });
    s.notes.set('series1', 'Talked about the design review');
    await act(() => render(<Panel view={view} services={s} onClose={() => undefined} />, root));
    await flush();
    const button = () => root.querySelector('[data-trellis="save-notes-to-plan"]') as HTMLButtonElement;
    await act(() => void button().click());
    await act(() => void button().click());
    expect(button().disabled).toBe(true);
    await act(async () => answer({ ok: true, message: 'Saved to the plan.' }));
    await flush();
    expect(button().disabled).toBe(true);
    const box = root.querySelector('textarea[data-trellis="notes"]') as HTMLTextAreaElement;
    box.value = 'Talked about the design review, and mentoring';
    await act(() => void box.dispatchEvent(new Event('input', { bubbles: true })));
    expect(button().disabled).toBe(false);
    expect(s.sent).toHaveLength(1);
  });

  it('saves what was typed at once when the page is hidden or closed, without waiting for the pause', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const s = services();
    const view = buildPanelView(input, defaultSettings(), {}, new Date('2026-03-02T10:00:00Z'));
    await act(() => render(<Panel view={view} services={s} onClose={() => undefined} />, root));
    await flushMicrotasks();
    const box = root.querySelector('textarea[data-trellis="notes"]') as HTMLTextAreaElement;
    box.value = 'the last words';
    await act(() => void box.dispatchEvent(new Event('input', { bubbles: true })));
    window.dispatchEvent(new Event('pagehide'));
    await flushMicrotasks();
    expect(s.notes.get('series1')).toBe('the last words');
    box.value = 'and a few more';
    await act(() => void box.dispatchEvent(new Event('input', { bubbles: true })));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await flushMicrotasks();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    expect(s.notes.get('series1')).toBe('and a few more');
  });

  it('shows why a save failed', async () => {
    const cached = { summary: summarisePlan(ALEX_PLAN_FILE, alexPlan(3), DANA.email) };
    const settings = { ...defaultSettings(), linkedPlans: [{ email: ALEX.email, fileId: ALEX_PLAN_FILE }] };
    const view = buildPanelView(input, settings, { [ALEX_PLAN_FILE]: cached }, new Date());
    const s = services({ send: async () => ({ ok: false, error: 'Not saved: the recognition cannot be empty' }) });
    await act(() => render(<Panel view={view} services={s} onClose={() => undefined} />, root));
    const text = root.querySelector('[data-trellis="recognition"] input') as HTMLInputElement;
    text.value = 'x';
    await act(() => void text.dispatchEvent(new Event('input', { bubbles: true })));
    await act(() => void (root.querySelector('[data-trellis="recognition"]') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();
    const status = root.querySelector('[data-trellis="status"]')!;
    expect(status.className).toContain('error');
    expect(status.textContent).toBe('Not saved: the recognition cannot be empty');
  });
});

describe('Countdown', () => {
  const at = (iso: string) => () => new Date(iso);
  it('counts down to the development minutes, then through them', async () => {
    await act(() => render(<Countdown start="2026-03-02T10:00:00Z" end="2026-03-02T10:45:00Z" minutes={15} now={at('2026-03-02T10:20:00Z')} />, root));
    expect(root.textContent).toBe('Last 15 minutes for development start in 10:00');
    render(null, root);
    await act(() => render(<Countdown start="2026-03-02T10:00:00Z" end="2026-03-02T10:45:00Z" minutes={15} now={at('2026-03-02T10:40:30Z')} />, root));
    expect(root.textContent).toBe('Development time now: 4:30 left');
    render(null, root);
    await act(() => render(<Countdown start="2026-03-02T10:00:00Z" end="2026-03-02T10:45:00Z" minutes={15} now={at('2026-03-02T11:00:00Z')} />, root));
    expect(root.textContent).toBe('Keep the last 15 minutes for development.');
  });
  it('ticks every second', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-03-02T10:29:58Z'));
    await act(() => render(<Countdown start="2026-03-02T10:00:00Z" end="2026-03-02T10:45:00Z" minutes={15} />, root));
    expect(root.textContent).toBe('Last 15 minutes for development start in 0:02');
    await act(() => void vi.advanceTimersByTime(3000));
    expect(root.querySelector('[data-trellis="countdown"]')!.getAttribute('data-phase')).toBe('development');
  });
});
