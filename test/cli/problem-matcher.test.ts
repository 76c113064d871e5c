// The problem matcher the extension contributes, applied as VS Code applies it (its regexp from
// package.json, line by line) to real `kamerbrief lint --format github` output.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../server/src/cli/run.js';
import { ROOT } from '../helpers/paths.js';

interface Matcher {
  name: string;
  severity: string;
  fileLocation: string[];
  pattern: { regexp: string; severity: number; file: number; line: number; column: number; endLine: number; endColumn: number; code: number; message: number };
}

describe('problem matcher $kamerbrief', () => {
  it('turns every line of the github format into a problem with file, place, severity and rule', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { problemMatchers: Matcher[] } };
    const matcher = pkg.contributes.problemMatchers.find((m) => m.name === 'kamerbrief')!;
    assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
    let out = '';
    await run(['lint', '--no-cache', '--format', 'github', 'examples'], { stdout: (s) => (out += s), stderr: () => undefined, isTty: false, cwd: ROOT, workerEntry: new URL(import.meta.url) });
    const re = new RegExp(matcher.pattern.regexp);
    const lines = out.trim().split('\n');
    const problems = lines.map((l) => re.exec(l)).filter((m): m is RegExpExecArray => m !== null);
    assert.equal(problems.length, lines.length, 'every line matches');
    const p = matcher.pattern;
    const first = problems.find((m) => m[p.file] === 'examples/concept-met-slordigheden.md' && m[p.code] === 'KB101')!;
    assert.equal(first[p.severity], 'error');
    assert.equal(first[p.line], '7');
    assert.match(first[p.message]!, /^Onverwachte notatie "Kamerstuk 29754, nr\. 448"/);
    assert.ok(problems.some((m) => m[p.severity] === 'warning'));
    assert.ok(problems.some((m) => m[p.severity] === 'notice'), 'infos: notice, which the matcher maps to its default, info');
    assert.equal(matcher.severity, 'info');
  });
});
