import 'reflect-metadata';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { loadDemoNetworkIfEmpty } from './demo/demo-network';
import { jsonLog } from './http/logger';
import { startEmailNoticeTimer } from './modules/notifications/email/email-outbox';
import { startReferralExpiryTimer } from './modules/referrals/expiry';
import { startServer } from './server';

async function main() {
  const config = loadConfig();
  const say = (msg: string) => jsonLog({ level: 'info', msg });
  if (config.secretKeyIsDevelopmentKey) {
    if (config.production) throw new Error('Set BRUG_SECRET_KEY (32 bytes, base64: `openssl rand -base64 32`): it encrypts the two-factor secrets.');
    say('BRUG_SECRET_KEY is not set: two-factor secrets are encrypted with the development key (fine for the demo, never for real data).');
  }
  const database = await openDatabase(config, say);
  if (config.loadDemo) {
    const loaded = await loadDemoNetworkIfEmpty(database.ownerDataSource);
    if (loaded) say('Loaded the demo network (see README for the demo logins).');
  }
  const server = await startServer(database.appDataSource, config);
  startReferralExpiryTimer(database.appDataSource, (error) => jsonLog({ level: 'error', msg: 'referral expiry failed', error: String(error) }));
  if (startEmailNoticeTimer(database.appDataSource, config)) say('E-mail notices of new referrals are on (BRUG_SMTP_URL).');
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

main().catch((error) => {
  jsonLog({ level: 'error', msg: 'Brug could not start', error: String(error?.stack ?? error) });
  process.exit(1);
});
