// A failure of the tool itself (exit code 2): one Dutch line saying what and how to mend it.
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
