import { describe, expect, it } from 'vitest';
import { latticeSvg, titleLines } from './lattice-svg';
import { planReportHtml } from './report';
import { createPlan } from '../plan/generate';
import { ALEX, DANA, testFramework } from '../test/fixtures';

describe('the lattice drawing', () => {
  it('breaks long role titles between words onto two lines instead of cutting them', () => {
    expect(titleLines('Senior Engineering Manager')).toEqual(['Senior Engineering', 'Manager']);
    expect(titleLines('Engineer II')).toEqual(['Engineer II']);
    expect(titleLines('Associate Director of Platform Reliability Engineering')).toEqual(['Associate Director of', 'Platform Reliability…']);
  });

  it('highlights the route and names the current and target roles, with text alternatives', () => {
    const svg = latticeSvg(testFramework(), { route: ['eng2', 'senior', 'em'], currentRoleId: 'eng2', targetRoleId: 'em' }).toString();
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<desc id="lattice-desc">3 track\(s\): Engineering, Management, Product\. [^<]*Highlighted route: Engineer II → Senior Engineer → Engineering Manager\./);
    expect(svg.match(/class="edge [a-z]+ on-route"/g)).toHaveLength(2);
    expect(svg).toContain('you are here');
  });
});

describe('the plan report', () => {
  it('shows untrusted text as text: a role or goal carrying markup never becomes markup', () => {
    const framework = testFramework();
    const plan = createPlan({ id: 'p', framework, employee: { name: '<img src=x onerror=alert(1)>' }, manager: DANA, currentRoleId: 'eng2', targetRoleId: 'senior', profile: { objectives: { beyondCurrentRole: ['<script>alert(2)</script>'] } }, by: ALEX.name, now: '2026-01-05T00:00:00Z' });
    const page = planReportHtml(plan, framework);
    expect(page).not.toMatch(/<script>alert|<img src=x/);
    expect(page).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(page).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
  });
});
