// Whether the stylish report is coloured: --color/--no-color first, then the conventions of
// no-color.org (NO_COLOR, any non-empty value: off) and FORCE_COLOR (0 or false: off, any other
// value: on, also when not writing to a terminal), else only on a terminal. NO_COLOR wins over
// FORCE_COLOR: asking for no colour is the safer request to honour when both are set.
export function colorWanted(flag: boolean | null, env: NodeJS.ProcessEnv, isTty: boolean): boolean {
  if (flag !== null) return flag;
  if (env['NO_COLOR']) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  return isTty;
}
