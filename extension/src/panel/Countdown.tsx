// "Last 15 minutes for development": counts down to the development minutes while the meeting runs.
import { useEffect, useState } from 'preact/hooks';
import { developmentWindow } from '../../../shared/meetings/one-on-one';

function clock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

export function Countdown({ start, end, minutes, now = () => new Date() }: { start: string; end: string; minutes: number; now?: () => Date }) {
  const [at, setAt] = useState(() => now().toISOString());
  useEffect(() => {
    const timer = setInterval(() => setAt(now().toISOString()), 1000);
    return () => clearInterval(timer);
  }, [now]);
  const window = developmentWindow(start, end, at, minutes);
  if (window.phase === 'before' || window.phase === 'after') {
    return <p class="meta" data-trellis="countdown" data-phase={window.phase}>Keep the last {minutes} minutes for development.</p>;
  }
  if (window.phase === 'meeting') {
    return (
      <div class="countdown" data-trellis="countdown" data-phase="meeting" role="timer">
        Last {minutes} minutes for development start in {clock(window.msToDevelopment)}
      </div>
    );
  }
  return (
    <div class="countdown now" data-trellis="countdown" data-phase="development" role="timer">
      Development time now: {clock(window.msToEnd)} left
    </div>
  );
}
