// The setting kamerbrief.trace.server (off, messages, verbose), as older language clients read it:
// vscode-languageclient 10 only traces when its trace channel's log level is Trace, and a log
// channel's level cannot be set by an extension. This channel says "Trace" whenever the setting
// is on (or the user chose Trace for it) and writes the trace lines at a level that shows.
import * as vscode from 'vscode';

export function traceChannel(): { channel: vscode.LogOutputChannel; lines: () => number; dispose: () => void } {
  const real = vscode.window.createOutputChannel('Kamerbrief (spoor)', { log: true });
  const changed = new vscode.EventEmitter<vscode.LogLevel>();
  let count = 0;
  const setting = (): string => vscode.workspace.getConfiguration('kamerbrief').get<string>('trace.server', 'off');
  const level = (): vscode.LogLevel => (setting() !== 'off' ? vscode.LogLevel.Trace : real.logLevel);
  const subs = [
    real.onDidChangeLogLevel(() => changed.fire(level())),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('kamerbrief.trace.server')) changed.fire(level());
    }),
  ];
  const channel: vscode.LogOutputChannel = {
    get name() {
      return real.name;
    },
    get logLevel() {
      return level();
    },
    onDidChangeLogLevel: changed.event,
    trace: (message, ...args) => {
      count++;
      real.info(message, ...args);
    },
    debug: (message, ...args) => real.debug(message, ...args),
    info: (message, ...args) => real.info(message, ...args),
    warn: (message, ...args) => real.warn(message, ...args),
    error: (error, ...args) => real.error(error, ...args),
    append: (value) => real.append(value),
    appendLine: (value) => real.appendLine(value),
    replace: (value) => real.replace(value),
    clear: () => real.clear(),
    show: (a?: vscode.ViewColumn | boolean, b?: boolean) => (typeof a === 'boolean' ? real.show(a) : real.show(a, b)),
    hide: () => real.hide(),
    dispose: () => undefined, // the client disposes its channels on stop; a restart still needs this one
  };
  return { channel, lines: () => count, dispose: () => [...subs, changed, real].forEach((d) => d.dispose()) };
}
