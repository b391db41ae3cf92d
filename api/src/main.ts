import 'reflect-metadata';
import { describeStartupFailure, StartupError, jsonLog } from './common';
import { loadConfig } from './config';
import { ensureAuditPartitions, openDatabase } from './db';
import { loadDemoNetworkIfEmpty } from './demo/demo-network';
import { startEmailNoticeTimer } from './modules/notifications';
import { startReferralExpiryTimer } from './modules/referrals';
import { startConsentReminderTimer } from './modules/consent';
import { startServer } from './server';

async function main() {
  const config = loadConfig();
  const say = (msg: string) => jsonLog({ level: 'info', msg });
  if (config.secretKeyIsDevelopmentKey) {
    if (config.production) throw new StartupError('Set BRUG_SECRET_KEY (32 bytes, base64: `openssl rand -base64 32`): it encrypts the two-factor secrets.');
    say('BRUG_SECRET_KEY is not set: two-factor secrets are encrypted with the development key (fine for the demo, never for real data).');
  }
  if (config.databaseUrl && config.secretKeyIsDevelopmentKey) {
    throw new StartupError(
      'Set BRUG_SECRET_KEY (32 bytes, base64: `openssl rand -base64 32`) to use DATABASE_URL: it encrypts the documents and the two-factor secrets stored there.',
    );
  }
  const database = await openDatabase(config, say);
  if (config.loadDemo) {
    const loaded = await loadDemoNetworkIfEmpty(database.ownerDataSource);
    if (loaded) say('Loaded the demo network (see README for the demo logins).');
  }
  let server;
  try {
    server = await startServer(database.appDataSource, config);
  } catch (error) {
    await database.close();
    throw error;
  }
  startReferralExpiryTimer(database.appDataSource, (error) => jsonLog({ level: 'error', msg: 'referral expiry failed', error: String(error) }));
  if (startEmailNoticeTimer(database.appDataSource, config)) say('E-mail notices of new referrals are on (BRUG_SMTP_URL).');
  // A long-running process makes the coming months' audit partitions itself.
  setInterval(
    () =>
      void ensureAuditPartitions(database.ownerDataSource).catch((error: unknown) =>
        jsonLog({ level: 'error', msg: 'audit partitions failed', error: String(error) }),
      ),
    24 * 3600_000,
  ).unref();
  startConsentReminderTimer(database.appDataSource, (error) => jsonLog({ level: 'error', msg: 'consent reminders failed', error: String(error) }));
  say(`Brug is running on ${server.url} (GraphQL at ${server.url}/graphql)`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received: finishing requests in flight, then stopping`);
    await server.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

// One line that says what failed, why, and which setting changes it; a stack only for the unforeseen.
main().catch((error: unknown) => {
  const unforeseen = !(error instanceof StartupError) && error instanceof Error ? { stack: error.stack } : {};
  jsonLog({ level: 'error', msg: `Brug could not start: ${describeStartupFailure(error)}`, ...unforeseen });
  process.exit(1);
});
