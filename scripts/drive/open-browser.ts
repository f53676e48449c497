// Opens the sign-in link in the user's browser, the way each desktop does it; failing quietly, since the link
// is also printed.
import { spawn } from 'node:child_process';

export function openInBrowser(url: string): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // the printed link is enough
  }
}
