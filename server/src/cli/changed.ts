// `--changed-since <ref>`: the files changed since a git ref (committed, staged or not) plus
// untracked files that are not ignored. Absolute paths.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from './errors.js';

function git(args: string[], cwd: string): { ok: boolean; out: string; err: string; missing: boolean } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const missing = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  return { ok: r.status === 0, out: r.stdout ?? '', err: r.stderr ?? '', missing };
}

export function changedSince(ref: string, cwd: string): Set<string> {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  if (top.missing) throw new UsageError('--changed-since heeft git nodig, maar git is niet gevonden; installeer git of laat de optie weg');
  if (!top.ok) throw new UsageError('--changed-since werkt alleen in een git-repository; deze map is er geen (laat de optie weg of voer de opdracht uit in de repository)');
  if (ref.startsWith('-') || !git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).ok) {
    throw new UsageError(`onbekende git-referentie "${ref}" bij --changed-since; controleer de naam (git branch -a, git tag, git log)`);
  }
  const root = top.out.trim();
  const out = new Set<string>();
  // -z: names as they are, without quoting of unusual characters.
  const diff = git(['diff', '--name-only', '-z', '--diff-filter=d', ref, '--'], cwd);
  if (!diff.ok) throw new UsageError(`git diff tegen "${ref}" mislukte: ${diff.err.trim().split('\n')[0]}`);
  for (const name of diff.out.split('\0')) if (name) out.add(path.normalize(path.join(root, name)));
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--full-name', '-z'], root);
  for (const name of untracked.out.split('\0')) if (name) out.add(path.normalize(path.join(root, name)));
  return out;
}
