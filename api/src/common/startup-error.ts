/**
 * A start-up failure told in one sentence: what failed, the likely cause, and the setting that
 * changes it. `main` prints its message as the one line of a failed start.
 */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}

/** The one readable line for any failure at start-up; never "undefined". */
export function describeStartupFailure(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const message = error.message || error.name;
    return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
  }
  if (error === undefined || error === null || error === '') return 'an unknown error (nothing was reported)';
  return typeof error === 'string' ? error : JSON.stringify(error);
}
