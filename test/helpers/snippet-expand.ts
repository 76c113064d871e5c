// Expands LSP/VS Code snippet text with its defaults, as a user who only presses Tab would get it:
// ${1:default} → default, ${1|a,b|} → a, $1 / ${1} → the default of placeholder 1 (a mirror), $0 → ''.
// Nested placeholders are not used by our snippets.
export function expandSnippet(src: string): string {
  const defaults = new Map<string, string>();
  for (const m of src.matchAll(/\$\{(\d+):([^}]*)\}/g)) if (!defaults.has(m[1]!)) defaults.set(m[1]!, m[2]!);
  for (const m of src.matchAll(/\$\{(\d+)\|([^,|]*)[^}]*\|\}/g)) if (!defaults.has(m[1]!)) defaults.set(m[1]!, m[2]!);
  return src
    .replace(/\$\{(\d+):([^}]*)\}/g, '$2')
    .replace(/\$\{(\d+)\|([^,|]*)[^}]*\|\}/g, '$2')
    .replace(/\$\{(\d+)\}|\$(\d+)/g, (_m, a: string | undefined, b: string | undefined) => defaults.get((a ?? b)!) ?? '')
    .replace(/\\([$}\\])/g, '$1');
}
