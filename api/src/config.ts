import path from 'node:path';

/** Everything the API reads from its environment, read once and validated at start-up. */
export interface Config {
  production: boolean;
  port: number;
  /** An external PostgreSQL; when absent, an embedded one is started from node_modules. */
  databaseUrl?: string;
  /**
   * How the API itself connects: as `brug_app`, a role that owns no table and is bound by
   * row-level security. Migrations and the demo use `databaseUrl` (the owner).
   */
  databaseAppUrl?: string;
  dataDir: string;
  embeddedDbPort: number;
  /** Load the demo network into an empty database (never in production). */
  loadDemo: boolean;
  sessionTtlHours: number;
  sessionIdleMinutes: number;
  /** Set behind HTTPS: marks cookies Secure and sends HSTS. */
  secureCookies: boolean;
  webDist: string;
  /** Tests read the number of SQL statements a request ran from the response. */
  exposeStatementCount: boolean;
  /** Tests may set the request's clock with an `x-brug-test-now` header; never in production. */
  allowTestClock: boolean;
}

function intFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const production = process.env.NODE_ENV === 'production';
  const root = path.resolve(__dirname, '..', '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []));
  return {
    production,
    port: intFrom('PORT', 4000),
    databaseUrl: process.env.DATABASE_URL || undefined,
    databaseAppUrl: process.env.DATABASE_APP_URL || undefined,
    dataDir: path.resolve(process.env.BRUG_DATA_DIR || path.join(root, '.data')),
    embeddedDbPort: intFrom('BRUG_DB_PORT', 54329),
    loadDemo: !production && process.env.BRUG_DEMO !== 'off',
    sessionTtlHours: intFrom('BRUG_SESSION_TTL_HOURS', 12),
    sessionIdleMinutes: intFrom('BRUG_SESSION_IDLE_MINUTES', 30),
    secureCookies: process.env.BRUG_SECURE_COOKIES === 'true',
    webDist: path.join(root, 'web', 'dist'),
    exposeStatementCount: process.env.BRUG_EXPOSE_STATEMENT_COUNT === 'true',
    allowTestClock: !production && process.env.BRUG_TEST_CLOCK === 'true',
    ...overrides,
  };
}
