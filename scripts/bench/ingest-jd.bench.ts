// Bench: a 100-page job description (about 50,000 words, Markdown and HTML) read into a framework Role, median time.
import { htmlToBlocks } from '../../shared/ingest/document/html';
import { markdownToBlocks } from '../../shared/ingest/document/markdown';
import { extractedRoleToRole, ingestJobDescription } from '../../shared/ingest/job-description';
import { FrameworkSchema } from '../../shared/model/framework';
import { DEFAULT_SCALE } from '../../shared/model/scale';
import { loadavg } from 'node:os';
import { line, median } from './line';

const SECTIONS = ["What you'll do", 'Key responsibilities', 'Requirements', 'What you will bring', 'Nice to have', 'Bonus points', 'Education', 'About the team', 'Benefits', 'How to apply'];
const DUTIES = ['Lead the design of services that span several teams', 'Mentor engineers through pairing and code review', 'Take part in the on-call rotation and lead incident response', 'Work with product managers on the roadmap using product analytics', 'Write and review code that sets the standard for testing'];
const ASKS = ['5+ years of experience with distributed systems in Go or Java', 'Strong coding skills and a habit of testing', 'Knowledge of software architecture patterns and system design', 'Excellent written and verbal communication skills', 'Experience hiring and interviewing engineers', 'Working knowledge of Kubernetes, Terraform and AWS'];
const PROSE = 'You will join a team that builds the payment platform used by millions of customers every day, and you will help it grow. ';

/** About 500 words a page: headings, bullets, bold runs, prose and a table, varied from page to page. */
function markdownPages(pages: number): string {
  const out = ['# Senior Engineer, Payments Platform', '', '**Department:** Engineering', '**Reports to:** Engineering Manager', ''];
  for (let p = 0; p < pages; p++) {
    const section = SECTIONS[p % SECTIONS.length]!;
    out.push(`## ${section} (part ${p + 1})`, '');
    out.push(PROSE.repeat(4), '');
    const list = p % 2 ? ASKS : DUTIES;
    for (let i = 0; i < 24; i++) out.push(`- ${list[(i + p) % list.length]} for area ${p}-${i}, with **clear ownership** of the outcome`);
    out.push('', '| Area | Expectation |', '| --- | --- |', `| Delivery ${p} | Ship reliably and measure the result |`, `| Quality ${p} | Keep the error budget |`, '');
  }
  return out.join('\n');
}

function htmlPages(pages: number): string {
  const out = ['<html><head><title>Senior Engineer</title><style>.c1{font-weight:700}</style></head><body><p class="title">Senior Engineer, Payments Platform</p>', '<p><span class="c1">Department:</span> Engineering</p>'];
  for (let p = 0; p < pages; p++) {
    out.push(`<p><span class="c1">${SECTIONS[p % SECTIONS.length]} (part ${p + 1})</span></p><p></p><p>${PROSE.repeat(4)}</p>`);
    const list = p % 2 ? ASKS : DUTIES;
    out.push('<ul class="lst-kix_a-0 start">');
    for (let i = 0; i < 24; i++) out.push(`<li><span>${list[(i + p) % list.length]} for area ${p}-${i}, with </span><span class="c1">clear ownership</span><span> of the outcome</span></li>`);
    out.push('</ul>', `<table><tr><td colspan="2">Expectations</td></tr><tr><td rowspan="2">Delivery ${p}</td><td>Ship reliably</td></tr><tr><td>Keep the error budget</td></tr></table>`);
  }
  return `${out.join('\n')}</body></html>`;
}

const framework = FrameworkSchema.parse({
  kind: 'trellis.framework',
  schemaVersion: 2,
  id: 'bench',
  name: 'Engineering',
  scales: [DEFAULT_SCALE],
  competencies: ['Coding', 'System design', 'Software architecture', 'Testing and quality', 'Code review', 'Incident response', 'Mentoring', 'Hiring and interviewing', 'Roadmapping', 'Product analytics', 'Communication', 'Collaboration across teams', 'Decision making under uncertainty', 'Coaching and feedback', 'Domain knowledge (payments)', 'User research', 'Employment policy and practice'].map((name, i) => ({ id: `c${i}`, name, kind: 'skill' })),
  roles: [{ id: 'senior', title: 'Senior Engineer', track: 'Engineering', rank: 3, competencies: [{ competencyId: 'c0', level: 4 }] }],
});

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Median wall time, with the median CPU time this process spent and the machine's load beside it: on a shared
 * machine the wall time grows with everyone else's work, the CPU time says what the reader itself costs.
 */
function timeIt(read: () => ReturnType<typeof markdownToBlocks>): { ms: number; cpuMs: number; load: number; items: number } {
  const times: number[] = [];
  const cpu: number[] = [];
  let items = 0;
  for (let run = 0; run < 20; run++) {
    const start = performance.now();
    const cpuStart = cpuMs();
    const result = ingestJobDescription(read(), { framework });
    const role = extractedRoleToRole(result.roles[0]!, framework);
    // the first runs warm the JIT up; a person's every later import is what the figure is about
    if (run >= 5) {
      times.push(performance.now() - start);
      cpu.push(cpuMs() - cpuStart);
    }
    items = role.responsibilities.length + role.requirements.required.length + role.requirements.preferred.length;
  }
  return { ms: median(times), cpuMs: Math.round(median(cpu) * 10) / 10, load: Math.round(loadavg()[0]! * 100) / 100, items };
}

const markdown = markdownPages(100);
const html = htmlPages(100);
const words = (text: string) => text.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
const md = timeIt(() => markdownToBlocks(markdown, 'bench.md'));
process.stdout.write(`${JSON.stringify(line('job description 100 pages to role', md.ms, 'ms', '< 100', { input: 'markdown', words: words(markdown), items: md.items, cpuMs: md.cpuMs, load1m: md.load }))}\n`);
const h = timeIt(() => htmlToBlocks(html, 'bench.html'));
process.stdout.write(`${JSON.stringify(line('job description 100 pages to role (html)', h.ms, 'ms', '< 100', { input: 'html', words: words(html), items: h.items, cpuMs: h.cpuMs, load1m: h.load }))}\n`);

/**
 * A 5 MB job-board page as a browser saves it: an inline script bundle and styles, a nav, a long list of "similar
 * jobs" cards, the posting itself, and its JobPosting JSON-LD (what the reader takes first).
 */
function jobBoardPage(bytes: number): string {
  const posting = {
    '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Registered Nurse, Emergency Department', occupationalCategory: 'Nursing', employmentType: 'FULL_TIME',
    description: `<p>${PROSE}</p><p><strong>Responsibilities</strong></p><ul>${DUTIES.map((d) => `<li>${d}</li>`).join('')}</ul>`,
    qualifications: `<ul>${ASKS.map((a) => `<li>${a}</li>`).join('')}<li>Current BLS certification</li></ul>`,
  };
  const head = `<html><head><title>Registered Nurse | Jobs</title><style>${'.card{margin:0 auto;padding:4px}'.repeat(20000)}</style><script>${'window.__data.push({id:1,name:"x"});'.repeat(40000)}</script><script type="application/ld+json">${JSON.stringify(posting)}</script></head><body><nav><ul>${'<li><a href="/jobs">Jobs</a></li>'.repeat(500)}</ul></nav><main><h1>Registered Nurse, Emergency Department</h1><div class="description">${posting.description}</div>`;
  const card = (i: number) => `<div class="card"><h3><a href="/job/${i}">Staff Nurse ${i}</a></h3><p>City Hospital · Full-time · Posted ${i % 30} days ago</p><p>${PROSE}</p></div>`;
  const cards: string[] = [];
  let size = head.length;
  for (let i = 0; size < bytes - 200; i++) {
    const c = card(i);
    cards.push(c);
    size += c.length;
  }
  return `${head}<section><h2>Similar jobs</h2>${cards.join('')}</section></main></body></html>`;
}

const page = jobBoardPage(5 * 1024 * 1024);
const pageTimes: number[] = [];
let pageRole = '';
for (let run = 0; run < 8; run++) {
  const start = performance.now();
  const result = ingestJobDescription(htmlToBlocks(page, 'job-board.html'), { framework });
  if (run >= 2) pageTimes.push(performance.now() - start);
  pageRole = `${result.roles[0]?.title} (${result.roles[0]?.responsibilities.length} duties, ${result.roles[0]?.requirements.length} requirements)`;
}
process.stdout.write(`${JSON.stringify(line('job-board page 5 MB to role', median(pageTimes), 'ms', '< 500', { input: 'html with JobPosting JSON-LD', bytes: page.length, role: pageRole }))}\n`);
