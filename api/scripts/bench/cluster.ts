import path from 'node:path';
import { Client as PgClient } from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';

export type Scale = 'demo' | 'region' | 'national';
export const SCALES: readonly Scale[] = ['demo', 'region', 'national'];

export function scaleFrom(args: string[]): Scale {
  const i = args.indexOf('--scale');
  const raw = (i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--scale='))?.slice(8)) ?? process.env.BENCH_SCALE ?? 'demo';
  if (!SCALES.includes(raw as Scale)) throw new Error(`--scale must be one of ${SCALES.join(', ')}, got "${raw}"`);
  return raw as Scale;
}

export interface BenchCluster {
  /** The server's admin URL (database `postgres`... or whatever DATABASE_URL names). */
  adminUrl: string;
  databaseUrl(scale: Scale): string;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL the benchmarks run on: DATABASE_URL's server when set (one database per
 * scale, `brug_bench_<scale>`), else an embedded one of their own in BENCH_DIR (`.bench/`),
 * kept between runs so a national seed is made once.
 */
export async function openBenchCluster(log: (m: string) => void = console.log): Promise<BenchCluster> {
  let adminUrl = process.env.DATABASE_URL;
  const embedded = adminUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: process.env.BENCH_DIR ?? path.join(process.cwd(), '.bench'),
        port: Number(process.env.BENCH_PG_PORT ?? 54871),
        log,
        persistent: true,
        postgresFlags: ['max_connections=200'],
      });
  adminUrl ??= embedded!.url;
  return {
    adminUrl,
    databaseUrl(scale) {
      const url = new URL(adminUrl);
      url.pathname = `/brug_bench_${scale}`;
      return url.toString();
    },
    stop: async () => embedded?.stop(),
  };
}

export async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  const admin = new PgClient({ connectionString: adminUrl });
  await admin.connect();
  try {
    return !!(await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount;
  } finally {
    await admin.end();
  }
}
