// One-on-one detection rules: attendee count, title shapes, extra and excluded titles, group addresses.
import { useState } from 'preact/hooks';
import { DEFAULT_GROUP_ADDRESS_PATTERNS, titleLooksOneOnOne } from '../../../shared/meetings/one-on-one';
import type { Settings } from '../common/settings';
import { Errors, type Save } from './Options';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

export function RulesSection({ settings, save }: { settings: Settings; save: Save }) {
  const r = settings.rules;
  const [attendeeCount, setAttendeeCount] = useState(r.attendeeCount);
  const [titlePatterns, setTitlePatterns] = useState(r.titlePatterns);
  const [extra, setExtra] = useState(r.extraTitlePatterns.join('\n'));
  const [exclude, setExclude] = useState(r.excludeTitlePatterns.join('\n'));
  const [groups, setGroups] = useState((r.groupAddressPatterns ?? DEFAULT_GROUP_ADDRESS_PATTERNS).join('\n'));
  const [minutes, setMinutes] = useState(String(settings.developmentMinutes));
  const [errors, setErrors] = useState<string[]>([]);
  const [probe, setProbe] = useState('');
  const submit = async () => {
    setErrors(
      await save((stored) => ({
        ...stored,
        developmentMinutes: Number(minutes),
        rules: { attendeeCount, titlePatterns, extraTitlePatterns: lines(extra), excludeTitlePatterns: lines(exclude), groupAddressPatterns: lines(groups) },
      })),
    );
  };
  return (
    <section data-testid="rules">
      <h2>One-on-one detection</h2>
      <p class="lead">All-day events, events with only you and meetings with three or more people never get the panel.</p>
      <label>
        <input type="checkbox" checked={attendeeCount} onChange={(e) => setAttendeeCount((e.currentTarget as HTMLInputElement).checked)} /> Exactly two people (you and one other) make a one-on-one
      </label>
      <label>
        <input type="checkbox" checked={titlePatterns} onChange={(e) => setTitlePatterns((e.currentTarget as HTMLInputElement).checked)} /> Titles like "1:1", "1-on-1", "one on one", "1on1", "Alex / Dana", "Alex &lt;&gt; Dana", "Alex x Dana" count (two teams, like "Design / Engineering", do not)
      </label>
      <div class="row">
        <label class="grow">
          More titles that count (one a line; a phrase, or /regex/)
          <textarea aria-label="Extra title patterns" value={extra} onInput={(e) => setExtra((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <label class="grow">
          Titles that never count
          <textarea aria-label="Excluded title patterns" value={exclude} placeholder={'interview\n/^focus/'} onInput={(e) => setExclude((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
      </div>
      <label>
        Addresses that are groups, not people ("@domain", "name-*", or /regex/)
        <textarea aria-label="Group address patterns" value={groups} onInput={(e) => setGroups((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <label>
        Minutes kept for development at the end of each one-on-one{' '}
        <input type="text" inputMode="numeric" size={3} style="width:4em" value={minutes} onInput={(e) => setMinutes((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <Errors errors={errors} testId="rules-errors" />
      <div class="row">
        <button type="button" class="primary" onClick={submit}>
          Save rules
        </button>
        <input class="grow" type="text" aria-label="Try a title" placeholder="Try a title, e.g. Alex <> Dana" value={probe} onInput={(e) => setProbe((e.currentTarget as HTMLInputElement).value)} />
        {probe && <span>{titleLooksOneOnOne(probe) ? 'looks like a one-on-one' : 'not by its title'}</span>}
      </div>
    </section>
  );
}
