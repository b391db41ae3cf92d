import { Kind } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../context';
import { twoFactorEnrolmentRequiredError } from './two-factor.service';

/** What a session may do while its user must turn on two-factor sign-in and has not yet. */
// The interface language too: the set-up page must speak the user's language.
const OPEN_DURING_ENROLMENT = new Set(['me', 'login', 'logout', 'setLocale', 'startTwoFactorEnrolment', 'confirmTwoFactorEnrolment', '__typename']);

/**
 * A user who must use two-factor sign-in but has not enrolled gets a limited session after the
 * password: every other root field answers FORBIDDEN with `twoFactorEnrolmentRequired`.
 */
export function twoFactorGate(): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue, operation }) {
          if (!contextValue.viewer?.twoFactorEnrolmentRequired) return Promise.resolve();
          const fields = operation?.selectionSet.selections ?? [];
          const allowed = fields.every((s) => s.kind === Kind.FIELD && OPEN_DURING_ENROLMENT.has(s.name.value));
          return allowed ? Promise.resolve() : Promise.reject(twoFactorEnrolmentRequiredError());
        },
      });
    },
  };
}
