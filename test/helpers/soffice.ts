// LibreOffice headless and poppler for the tests that open a .docx in a real word processor.
// Installed by scripts/e2e/setup.sh (Debian's libreoffice-writer-nogui, poppler-utils); a missing
// tool fails the test with that instruction rather than skipping it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function requireTool(name: string): void {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${name} is not installed: run scripts/e2e/setup.sh (it installs libreoffice-writer-nogui and poppler-utils)`);
}

/** soffice --convert-to, with a profile of its own (another LibreOffice on the machine cannot lock it). */
export function convert(input: string, to: string, outDir: string, profile: string): string {
  fs.mkdirSync(outDir, { recursive: true });
  const r = spawnSync('soffice', ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', to, '--outdir', outDir, input], { encoding: 'utf8', timeout: 240_000 });
  const ext = to.split(':')[0]!;
  const out = path.join(outDir, path.basename(input).replace(/\.[^.]+$/, '') + '.' + ext);
  if (r.status !== 0 || !fs.existsSync(out) || fs.statSync(out).size === 0) throw new Error(`soffice --convert-to ${to} ${input} failed (status ${r.status}, signal ${r.signal}):\n${r.stdout}\n${r.stderr}`);
  return out;
}

export function pdfText(pdf: string): string {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext ${pdf} failed: ${r.stderr}`);
  return r.stdout;
}

/** Page 1 as PNG beside `prefix`; returns its path. */
export function pageImage(pdf: string, prefix: string): string {
  const r = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftoppm ${pdf} failed: ${r.stderr}`);
  return prefix + '.png';
}
