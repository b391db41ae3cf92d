import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Pool } from 'pg';
import { loadConfig } from '../../src/config';
import { createDataSource, withCredentials } from '../../src/db/data-source';
import { enableAppLogin } from '../../src/db/database';
import { silentLog } from '../../src/common/logger';
import { startServer } from '../../src/server';

/**
 * One server of the benchmark, in a process of its own (`node server.js app|baseline <database url>`):
 * - `app`: Brug's API as `npm start` serves it (as brug_app, pool of BRUG_DB_POOL_SIZE), with
 *   the statement count in each answer;
 * - `baseline`: a bare Apollo Server 5 answering one prepared single-row SELECT from the same
 *   database with a pool of the same size: what this machine can do for one GraphQL request
 *   that reads the database.
 * Prints `{"url": ...}` on its first line once it listens; stops on SIGTERM.
 */
async function main() {
  const [kind, url] = process.argv.slice(2);
  const poolSize = Number(process.env.BRUG_DB_POOL_SIZE ?? 20);
  let stop: () => Promise<void>;
  let listening: string;
  if (kind === 'app') {
    // One password for every API process of the run (the bench sets it once), else a new one.
    let password = process.env.BENCH_APP_PASSWORD;
    if (!password) {
      password = randomBytes(12).toString('hex');
      const owner = createDataSource(url, { poolSize: 1 });
      await owner.initialize();
      await enableAppLogin(owner, password);
      await owner.destroy();
    }
    const app = createDataSource(withCredentials(url, 'brug_app', password), { poolSize });
    await app.initialize();
    const server = await startServer(
      app,
      loadConfig({ port: 0, databaseUrl: url, loadDemo: false, exposeStatementCount: true, allowTestClock: false }),
      silentLog,
    );
    listening = server.url;
    stop = async () => {
      await server.stop();
      await app.destroy();
    };
  } else if (kind === 'baseline') {
    const pool = new Pool({ connectionString: url, max: poolSize });
    const apollo = new ApolloServer({
      typeDefs: `type Organisation { id: ID! name: String! } type Query { organisation(id: ID!): Organisation }`,
      resolvers: {
        Query: {
          organisation: async (_: unknown, { id }: { id: string }) =>
            (await pool.query({ name: 'organisation', text: 'SELECT id, name FROM organisations WHERE id = $1', values: [id] })).rows[0] ?? null,
        },
      },
    });
    const { url: at } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' } });
    listening = at.replace(/\/$/, '');
    stop = async () => {
      await apollo.stop();
      await pool.end();
    };
  } else {
    throw new Error('usage: server.js app|baseline <database url>');
  }
  process.stdout.write(`${JSON.stringify({ url: listening })}\n`);
  process.on('SIGTERM', () => void stop().finally(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
