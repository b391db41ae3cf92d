import { DEMO_TOTP_SECRET, DEMO_TWO_FACTOR_ACCOUNTS } from '../src/modules/identity/demo-two-factor';
import { totpCode } from '../src/modules/identity/two-factor';

/**
 * Prints the current two-factor code of a demo account: `npm run demo:totp -- coordinator@brug.test`.
 * Only the demo's public secret; a real account's secret never leaves the database.
 */
function main() {
  const email = process.argv[2];
  const accounts = email ? [email] : Object.keys(DEMO_TWO_FACTOR_ACCOUNTS);
  for (const account of accounts) {
    if (!(account in DEMO_TWO_FACTOR_ACCOUNTS)) {
      console.error(`${account} is not a demo account with two-factor sign-in (${Object.keys(DEMO_TWO_FACTOR_ACCOUNTS).join(', ')}).`);
      process.exitCode = 1;
      continue;
    }
    const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
    console.log(`${account}: code ${totpCode(DEMO_TOTP_SECRET)} (valid for ${secondsLeft} s more)`);
    console.log(`  secret for an authenticator app: ${DEMO_TOTP_SECRET}`);
    console.log(`  one-time recovery code: ${DEMO_TWO_FACTOR_ACCOUNTS[account]}`);
  }
}

main();
