/**
 * The kinds of failure the one catch in `main.ts` knows how to report.
 * Anything else is a bug in node-arch and is reported as one.
 */

/** A mistake the user can fix: a bad flag, an unknown lesson, a broken content pack. Exit 1. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** An interactive command was run without a terminal. Exit 2, and say what works instead. */
export class NotInteractiveError extends UserError {
  override name = 'NotInteractiveError';
  constructor(message: string) {
    super(message, 2);
  }
}

/** The learner pressed Ctrl+C (or the terminal went away). Exit 130 after saving. */
export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor(readonly exitCode = 130) {
    super('cancelled');
  }
}
