// JUnit XML: one test suite per file, one test case per rule that ran into something in that
// file (failures listed), plus a passing case for a clean file, so CI dashboards count files.
import type { FileResult } from '../output.js';

function xml(s: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the rest escaped.
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatJunit(results: FileResult[]): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const r of results) {
    const byRule = new Map<string, typeof r.messages>();
    for (const m of r.messages) byRule.set(`${m.ruleId} ${m.rule}`, [...(byRule.get(`${m.ruleId} ${m.rule}`) ?? []), m]);
    const cases: string[] = [];
    if (byRule.size === 0) cases.push(`    <testcase classname="${xml(r.file)}" name="kamerbrief"/>`);
    for (const [rule, list] of byRule) {
      const failing = list.filter((m) => m.severity !== 'info');
      const body = list.map((m) => `${r.file}:${m.line}:${m.column} ${m.severity} ${m.message}`).join('\n');
      cases.push(
        failing.length
          ? `    <testcase classname="${xml(r.file)}" name="${xml(rule)}">\n      <failure type="${xml(failing[0]!.severity)}" message="${xml(`${failing.length} ${failing.length === 1 ? 'probleem' : 'problemen'}`)}">${xml(body)}</failure>\n    </testcase>`
          : `    <testcase classname="${xml(r.file)}" name="${xml(rule)}">\n      <system-out>${xml(body)}</system-out>\n    </testcase>`,
      );
      if (failing.length) failures++;
    }
    tests += cases.length;
    const fileFailures = [...byRule.values()].filter((l) => l.some((m) => m.severity !== 'info')).length;
    suites.push(`  <testsuite name="${xml(r.file)}" tests="${cases.length}" failures="${fileFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kamerbrief" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
