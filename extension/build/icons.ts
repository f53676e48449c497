// Draws the extension's icons (a trellis in a rounded green square) at every size the manifest names, with
// Debian's Chromium, into extension/public/icons. Re-run after changing the drawing: npx tsx extension/build/icons.ts
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../scripts/test-support/chromium';

export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#2f855a"/>
  <g stroke="#fff" stroke-width="9" stroke-linecap="round" fill="none">
    <path d="M64 108V36"/><path d="M64 74L36 50"/><path d="M64 60L92 36"/><path d="M64 90L94 68"/>
  </g>
  <circle cx="64" cy="28" r="9" fill="#fefcbf"/><circle cx="32" cy="46" r="7" fill="#fefcbf"/><circle cx="96" cy="32" r="7" fill="#fefcbf"/><circle cx="98" cy="65" r="6" fill="#fefcbf"/>
</svg>`;

const out = fileURLToPath(new URL('../public/icons/', import.meta.url));
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${ICON_SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `${out}icon-${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`icons written to ${out}`);
