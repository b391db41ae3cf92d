/**
 * Runs `work` every `everyMs` in the API process (referral expiry, consent reminders, e-mail
 * notices): never two runs at once (a slow run makes the next tick skip), a failure goes to
 * `onError` and the next tick tries again, and the timer keeps no process alive. Returns a
 * stop function.
 */
export function repeatEvery(everyMs: number, work: () => Promise<unknown>, onError: (error: unknown) => void): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await work();
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
