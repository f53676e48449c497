// The People team's access to every new plan: an admin names them once in the script property `trellis.hrReaders`
// ("group:people-team@example.com, lee.hr@example.com"), optionally with `trellis.hrRole` (reader, the default, or
// commenter). Plans live in each employee's own Career paths folder, so without this HR could not read them.
import { gas } from '../platform/apps-script';
import { emailProblem } from '../workflow/commands-from-card';

export const HR_READERS_KEY = 'trellis.hrReaders';
export const HR_ROLE_KEY = 'trellis.hrRole';

export interface HrReader {
  email: string;
  /** A Google Group (shared with as a group, not a person). */
  group: boolean;
}

export interface HrReaders {
  readers: HrReader[];
  role: 'reader' | 'commenter';
  /** Entries of the setting that are not addresses, in words for whoever set it. */
  problems: string[];
}

/** The People team as the admin set it; nobody when the property is not set. */
export function hrReaders(): HrReaders {
  const props = gas().PropertiesService.getScriptProperties();
  const text = props.getProperty(HR_READERS_KEY) ?? '';
  const role = (props.getProperty(HR_ROLE_KEY) ?? '').trim().toLowerCase() === 'commenter' ? 'commenter' : 'reader';
  const readers: HrReader[] = [];
  const problems: string[] = [];
  for (const entry of text.split(/[,;\n]+/).map((e) => e.trim()).filter(Boolean)) {
    const group = /^group:/i.test(entry);
    const email = entry.replace(/^group:\s*/i, '').toLowerCase();
    const wrong = emailProblem(email);
    if (wrong) problems.push(`the script property ${HR_READERS_KEY} names ${wrong}`);
    else if (!readers.some((r) => r.email === email)) readers.push({ email, group });
  }
  return { readers, role, problems };
}

/** "people-team@example.com (group), lee.hr@example.com" */
export function describeHrReaders(hr: HrReaders): string {
  return hr.readers.map((r) => (r.group ? `${r.email} (group)` : r.email)).join(', ');
}
