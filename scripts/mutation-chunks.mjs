// Pure parts of scripts/mutation-folder.mjs, kept apart so that tests can import them.

/**
 * Files split into consecutive chunks of about `size` mutants, in path order, so that the same
 * files and counts always give the same chunks. A file is never split; a file larger than `size`
 * is a chunk of its own.
 */
export function partition(counts, size) {
  const files = Object.keys(counts).sort();
  const chunks = [];
  let current = [];
  let total = 0;
  for (const file of files) {
    const n = counts[file];
    if (current.length > 0 && total + n > size) {
      chunks.push(current);
      current = [];
      total = 0;
    }
    current.push(file);
    total += n;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Stryker JSON reports of parts of one folder merged into one report (files are disjoint). */
export function mergeReports(reports) {
  const merged = { schemaVersion: reports[0]?.schemaVersion ?? '1', thresholds: reports[0]?.thresholds ?? {}, files: {} };
  for (const r of reports) {
    for (const [file, f] of Object.entries(r.files)) {
      if (file in merged.files) throw new Error(`${file} staat in twee deelrapporten`);
      merged.files[file] = f;
    }
  }
  return merged;
}

/**
 * `over`'s files replace those of `base` (a file mutated again with the tests that reach it); files
 * only in `over` are left out: they belong to no part of `base`'s folder that was run.
 */
export function overlay(base, over) {
  const files = { ...base.files };
  const replaced = [];
  for (const [file, f] of Object.entries(over.files)) {
    if (!(file in files)) continue;
    files[file] = f;
    replaced.push(file);
  }
  return { report: { ...base, files }, replaced };
}

/** Mutants per status, per file: for the table of a folder's weakest files. */
export function perFile(report) {
  const rows = [];
  for (const [file, f] of Object.entries(report.files)) {
    const c = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, Ignored: 0, RuntimeError: 0 };
    for (const m of f.mutants) c[m.status] = (c[m.status] ?? 0) + 1;
    const valid = c.Killed + c.Timeout + c.Survived + c.NoCoverage;
    rows.push({ file, ...c, score: valid === 0 ? null : (100 * (c.Killed + c.Timeout)) / valid });
  }
  return rows.sort((a, b) => b.Survived + b.NoCoverage - (a.Survived + a.NoCoverage) || a.file.localeCompare(b.file));
}
