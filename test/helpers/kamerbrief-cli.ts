// Runs the CLI as a user does, without colour, and without the user's synced snapshot
// (XDG_DATA_HOME points at a folder that does not exist): results do not depend on it. run() in
// the test process (cli-inprocess.ts); the shipped bundle is tested as a process in test/cli.
import { runCli, type CliRun } from './cli-inprocess.js';
import { ROOT } from './paths.js';

export function kamerbrief(args: string[], cwd = ROOT): Promise<CliRun> {
  return runCli(args, cwd);
}
