// Output formats for `lint`: stylish (for people) and json (PRODUCT.md §3 contract).
import type { FileResult } from './output.js';
import { storedBytes, StoredFileResult } from './stored-messages.js';
import { terminalSafe } from './terminal-text.js';

const SEVERITY_NL = { error: 'fout', warning: 'waarschuwing', info: 'info' } as const;

/**
 * JSON.stringify(results) + newline. Stored messages are copied as the cache keeps them; when there
 * are any, the report is UTF-8 bytes (their text need not be decoded only to be encoded again).
 */
export function formatJson(results: FileResult[]): string | Uint8Array {
  if (!results.some((r) => r instanceof StoredFileResult)) return JSON.stringify(results) + '\n';
  const parts: Uint8Array[] = [];
  results.forEach((r, i) => {
    const open = i === 0 ? '[' : ',';
    if (!(r instanceof StoredFileResult)) return void parts.push(Buffer.from(open + JSON.stringify({ file: r.file, messages: r.messages })));
    parts.push(Buffer.from(`${open}{"file":${JSON.stringify(r.file)},"messages":`), storedBytes(r.stored), CLOSE_ENTRY);
  });
  parts.push(Buffer.from(results.length === 0 ? '[]\n' : ']\n'));
  return Buffer.concat(parts);
}

const CLOSE_ENTRY = Buffer.from('}');

export function formatStylish(results: FileResult[], color: boolean): string {
  const c = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of results) {
    if (r.messages.length === 0) continue;
    out.push(c('4', terminalSafe(r.file)));
    const rows = r.messages.map((m) => [
      `  ${m.line}:${m.column}${m.position ? ` (${m.position} ${m.paragraph ?? m.footnote}, positie ${m.offset})` : ''}`,
      m.severity === 'error' ? c('31', SEVERITY_NL.error) : m.severity === 'warning' ? c('33', SEVERITY_NL.warning) : c('36', SEVERITY_NL.info),
      terminalSafe(m.message),
      c('2', `${m.ruleId} ${m.rule}`),
    ]);
    const w0 = Math.max(...rows.map((r) => r[0]!.length));
    const w1 = Math.max(...r.messages.map((m) => SEVERITY_NL[m.severity].length));
    for (const [i, row] of rows.entries()) {
      const sev = r.messages[i]!.severity;
      out.push(`${row[0]!.padEnd(w0)}  ${row[1]}${' '.repeat(w1 - SEVERITY_NL[sev].length)}  ${row[2]}  ${row[3]}`);
    }
    out.push('');
    for (const m of r.messages) {
      if (m.severity === 'error') errors++;
      else if (m.severity === 'warning') warnings++;
      else infos++;
      if (m.fix) fixable++;
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const word = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  out.push(
    c(errors ? '31;1' : '33;1', `✖ ${word(total, 'probleem', 'problemen')} (${word(errors, 'fout', 'fouten')}, ${word(warnings, 'waarschuwing', 'waarschuwingen')}, ${word(infos, 'melding', 'meldingen')})`),
  );
  if (fixable) out.push(`  ${word(fixable, 'probleem is', 'problemen zijn')} automatisch te herstellen.`);
  return out.join('\n') + '\n';
}
