// What scripts/mutation-changed.mjs mutates and how it scores: kept apart so that tests can import it.

/** Changed line ranges per file, in the current version: from the hunk headers of a zero-context diff. */
export function changedRanges(diff) {
  const out = new Map();
  let file = null;
  for (const line of diff.split('\n')) {
    const f = /^\+\+\+ b\/(.+)$/.exec(line);
    if (f) file = f[1];
    else if (line.startsWith('+++ ')) file = null; // deleted file
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (h && file) {
      const start = Number(h[1]);
      const count = h[2] === undefined ? 1 : Number(h[2]);
      if (count > 0) (out.get(file) ?? out.set(file, []).get(file)).push([start, start + count - 1]);
    }
  }
  return out;
}

/** Which per-folder configuration tests a file; null for files outside the four folders. */
export function folderOf(file) {
  if (file === 'server/src/cli.ts' || file.startsWith('server/src/cli/')) return 'cli';
  for (const f of ['core', 'lsp', 'data']) if (file.startsWith(`server/src/${f}/`)) return f;
  return null;
}

/** Stryker's mutation score: (killed + timeout) / (all valid mutants), as its report computes it. */
export function score(report) {
  const c = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
  const survivors = [];
  for (const [file, f] of Object.entries(report.files)) {
    for (const m of f.mutants) {
      if (m.status in c) c[m.status]++;
      if (m.status === 'Survived' || m.status === 'NoCoverage') survivors.push(`${file}:${m.location.start.line} ${m.mutatorName} (${m.status === 'Survived' ? 'overleefd' : 'niet gedekt'})`);
    }
  }
  const valid = c.Killed + c.Timeout + c.Survived + c.NoCoverage;
  const value = valid === 0 ? null : (100 * (c.Killed + c.Timeout)) / valid;
  return {
    score: value,
    survivors,
    text: value === null ? 'geen mutanten' : `${value.toFixed(2)} % (${c.Killed} gedood, ${c.Timeout} timeout, ${c.Survived} overleefd, ${c.NoCoverage} niet gedekt)`,
  };
}
