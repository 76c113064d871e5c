// Node's parseArgs errors are English; every subcommand reports a usage slip in Dutch.
export function dutchArgError(err: Error, command: string): string {
  const code = (err as { code?: string }).code;
  const opt = /'(-[^']+)'/.exec(err.message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `onbekende optie ${opt}`;
  // "Option '-f, --format <value>' argument missing": name the long form.
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `optie ${/--[\w-]+/.exec(opt)?.[0] ?? opt.split(' ')[0]} verwacht een waarde`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `${command} neemt geen bestanden of paden`;
  return err.message.split('\n')[0]!;
}
