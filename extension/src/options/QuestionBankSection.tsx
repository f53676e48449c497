// The team's question bank: Trellis's built-in development questions plus your own; edit, add, disable.
import { useState } from 'preact/hooks';
import { BUILT_IN_QUESTIONS, TopicSchema, type Question, type Topic } from '../../../shared/prompts/bank';
import type { Settings } from '../common/settings';
import { Errors, type Save } from './Options';

function QuestionRow({ question, disabled, onToggle, onSaveText, onRemove }: { question: Question; disabled: boolean; onToggle(use: boolean): void; onSaveText(text: string): Promise<boolean>; onRemove?: () => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(question.text);
  return (
    <tr data-question-id={question.id}>
      <td>
        <input type="checkbox" aria-label={`Use question ${question.id}`} checked={!disabled} onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)} />
      </td>
      <td class="grow">
        {editing ? (
          <input type="text" aria-label={`Text of ${question.id}`} value={text} onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
        ) : (
          <span class={disabled ? 'muted' : ''}>{question.text}</span>
        )}{' '}
        <span class="tag">{question.topic}</span> {question.custom && <span class="tag">yours</span>}
      </td>
      <td>
        {editing ? (
          <button type="button" onClick={async () => (await onSaveText(text)) && setEditing(false)}>
            Save
          </button>
        ) : (
          <button type="button" onClick={() => setEditing(true)}>
            Edit
          </button>
        )}{' '}
        {onRemove && (
          <button type="button" onClick={onRemove}>
            Delete
          </button>
        )}
      </td>
    </tr>
  );
}

export function QuestionBankSection({ settings, save }: { settings: Settings; save: Save }) {
  const [text, setText] = useState('');
  const [topic, setTopic] = useState<Topic>('goals');
  const [errors, setErrors] = useState<string[]>([]);
  const disabled = new Set(settings.disabledQuestionIds);
  const custom = new Map(settings.customQuestions.map((q) => [q.id, q]));
  const rows = [...BUILT_IN_QUESTIONS.map((q) => custom.get(q.id) ?? q), ...settings.customQuestions.filter((q) => !BUILT_IN_QUESTIONS.some((b) => b.id === q.id))];
  const apply = async (change: (stored: Settings) => Settings) => {
    const problems = await save(change);
    setErrors(problems.map((e) => e.replace(/^customQuestions\[\d+\]\.text: /, '').replace(/^customQuestions\[\d+\]\./, 'question ')));
    return problems.length === 0;
  };
  const upsert = (question: Question) => apply((stored) => ({ ...stored, customQuestions: [...stored.customQuestions.filter((q) => q.id !== question.id), { ...question, custom: true }] }));
  const add = async () => {
    if (!text.trim()) return setErrors(['write the question first']);
    const id = `team-${Date.now().toString(36)}`;
    if (await upsert({ id, text: text.trim(), topic, stages: [], custom: true })) setText('');
  };
  return (
    <section data-testid="question-bank">
      <h2>Question bank</h2>
      <p class="lead">Trellis picks up to three of these for each one-on-one, suited to the plan's stage and largest gaps, rotating week by week. Placeholders: {'{competency}'}, {'{targetRole}'}, {'{milestone}'}, {'{name}'}.</p>
      <table>
        <tbody>
          {rows.map((q) => (
            <QuestionRow
              key={`${q.id}:${q.text}`}
              question={q}
              disabled={disabled.has(q.id)}
              onToggle={(use) =>
                apply((stored) => ({ ...stored, disabledQuestionIds: use ? stored.disabledQuestionIds.filter((id) => id !== q.id) : [...stored.disabledQuestionIds.filter((id) => id !== q.id), q.id] }))
              }
              onSaveText={(t) => upsert({ ...q, text: t })}
              onRemove={custom.has(q.id) ? () => apply((stored) => ({ ...stored, customQuestions: stored.customQuestions.filter((c) => c.id !== q.id) })) : undefined}
            />
          ))}
        </tbody>
      </table>
      <h3>Add a question</h3>
      <div class="row">
        <input class="grow" type="text" aria-label="New question" placeholder="What would make next quarter a great one for your growth?" value={text} onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
        <select aria-label="Topic" value={topic} onChange={(e) => setTopic((e.currentTarget as HTMLSelectElement).value as Topic)}>
          {TopicSchema.options.map((t) => (
            <option value={t}>{t}</option>
          ))}
        </select>
        <button type="button" class="primary" onClick={add}>
          Add question
        </button>
      </div>
      <Errors errors={errors} />
    </section>
  );
}
