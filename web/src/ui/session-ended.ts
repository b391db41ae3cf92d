let handler: () => void = () => undefined;

/**
 * What to do when the session ends mid-use (expired, signed out elsewhere): the identity
 * module's SessionProvider registers it; the Apollo link in web/src/app/apollo.ts calls it.
 */
export function onSessionEnded(next: () => void): void {
  handler = next;
}

/** The API answered UNAUTHENTICATED to a signed-in request. */
export function sessionEnded(): void {
  handler();
}
