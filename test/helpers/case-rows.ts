// Rows of the citation test strings: the shared citation-cases.tsv and the project's own
// citation-cases-3.10.tsv (test/fixtures/spec/README.md). Same four columns in both.
import fs from 'node:fs';
import path from 'node:path';
import { CASES_310_TSV, CASES_TSV } from './paths.js';

export interface CaseRow {
  input: string;
  verdict: 'valid' | 'invalid' | 'info';
  valid: boolean;
  note: string;
  /** "citation-cases.tsv:12" */
  where: string;
  line: number;
}

export function readCaseRows(file: string): CaseRow[] {
  const name = path.basename(file);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l, i) => ({ l, line: i + 1 }))
    .slice(1)
    .filter(({ l }) => l.trim() !== '')
    .map(({ l, line }) => {
      const [input, verdict, note] = l.split('\t') as [string, string, string];
      if (verdict !== 'valid' && verdict !== 'invalid' && verdict !== 'info') throw new Error(`${name}:${line}: unknown verdict ${verdict}`);
      return { input, verdict, valid: verdict === 'valid', note, where: `${name}:${line}`, line };
    });
}

export const sharedRows = (): CaseRow[] => readCaseRows(CASES_TSV);
export const rows310 = (): CaseRow[] => readCaseRows(CASES_310_TSV);
export const allCaseRows = (): CaseRow[] => [...sharedRows(), ...rows310()];

/** A near miss of the 3.10 file: no citation, no message. */
export const isNoCitation = (r: CaseRow): boolean => r.valid && /^no citation:/.test(r.note);
