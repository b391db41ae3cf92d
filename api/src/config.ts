import path from 'node:path';
import { StartupError } from './common';

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
  /** BRUG_DB_PORT was set: the embedded database uses that port or fails (else a taken one is replaced by a free one). */
  embeddedDbPortIsExplicit: boolean;
  /** Connections per API process (BRUG_DB_POOL_SIZE); several processes share PostgreSQL's max_connections. */
  dbPoolSize: number;
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
  /**
   * Express `trust proxy` (BRUG_TRUST_PROXY: a hop count, `true`, or addresses): behind a load
   * balancer, the client address and X-Forwarded-Proto come from the proxy's headers.
   */
  trustProxy: boolean | number | string;
  /** 32 bytes (BRUG_SECRET_KEY, base64) that encrypt TOTP secrets at rest. */
  secretKey: Buffer;
  /** Whether secretKey is the development key (refused in production). */
  secretKeyIsDevelopmentKey: boolean;
  loginThrottle: LoginThrottleConfig;
  /** Clients without activity for this many years are flagged for a retention review (BRUG_RETENTION_YEARS). */
  retentionYears: number;
  /** Hosts (`name` or `name:port`) a coordinator may import an HSDS file from by address (BRUG_HSDS_IMPORT_HOSTS). */
  hsdsImportHosts: string[];
  /** E-mail notices of new referrals (BRUG_SMTP_URL, e.g. smtp://user:pass@mail.example:587); off when absent. */
  smtpUrl?: string;
  /** The notices' From address (BRUG_MAIL_FROM). */
  mailFrom: string;
  /** Where users open Brug (BRUG_PUBLIC_URL): the notice links to its referral inbox. */
  publicUrl: string;
}

export interface LoginThrottleConfig {
  /** Failed sign-ins for one e-mail address within the window before it is locked. */
  accountMaxFailures: number;
  /** Failed sign-ins from one client address within the window before it is locked. */
  addressMaxFailures: number;
  windowMinutes: number;
  /** The first lock; each further lock doubles, up to maxLockMinutes. */
  baseLockSeconds: number;
  maxLockMinutes: number;
}

/** Only for development and the demo: production refuses to start with it. */
const DEVELOPMENT_SECRET_KEY = Buffer.from('brug-development-key-not-secret!', 'utf8');

function secretKeyFrom(raw: string | undefined): Buffer | undefined {
  if (!raw) return undefined;
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new StartupError('BRUG_SECRET_KEY must be 32 bytes, base64-encoded (e.g. `openssl rand -base64 32`)');
  return key;
}

function trustProxyFrom(raw: string | undefined): boolean | number | string {
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

function intFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new StartupError(`${name} must be a whole number, got "${raw}"`);
  return value;
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const production = process.env.NODE_ENV === 'production';
  const secretKey = secretKeyFrom(process.env.BRUG_SECRET_KEY);
  const root = path.resolve(__dirname, '..', '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []));
  return {
    production,
    port: intFrom('PORT', 4000),
    databaseUrl: process.env.DATABASE_URL || undefined,
    databaseAppUrl: process.env.DATABASE_APP_URL || undefined,
    dataDir: path.resolve(process.env.BRUG_DATA_DIR || path.join(root, '.data')),
    embeddedDbPort: intFrom('BRUG_DB_PORT', 54329),
    embeddedDbPortIsExplicit: !!process.env.BRUG_DB_PORT,
    dbPoolSize: intFrom('BRUG_DB_POOL_SIZE', 20),
    loadDemo: !production && process.env.BRUG_DEMO !== 'off',
    sessionTtlHours: intFrom('BRUG_SESSION_TTL_HOURS', 12),
    sessionIdleMinutes: intFrom('BRUG_SESSION_IDLE_MINUTES', 30),
    secureCookies: process.env.BRUG_SECURE_COOKIES === 'true',
    webDist: path.join(root, 'web', 'dist'),
    exposeStatementCount: process.env.BRUG_EXPOSE_STATEMENT_COUNT === 'true',
    allowTestClock: !production && process.env.BRUG_TEST_CLOCK === 'true',
    trustProxy: trustProxyFrom(process.env.BRUG_TRUST_PROXY),
    secretKey: secretKey ?? DEVELOPMENT_SECRET_KEY,
    secretKeyIsDevelopmentKey: !secretKey,
    loginThrottle: {
      accountMaxFailures: intFrom('BRUG_LOGIN_ACCOUNT_MAX_FAILURES', 5),
      addressMaxFailures: intFrom('BRUG_LOGIN_ADDRESS_MAX_FAILURES', 50),
      windowMinutes: intFrom('BRUG_LOGIN_WINDOW_MINUTES', 15),
      baseLockSeconds: intFrom('BRUG_LOGIN_LOCK_SECONDS', 60),
      maxLockMinutes: intFrom('BRUG_LOGIN_MAX_LOCK_MINUTES', 24 * 60),
    },
    retentionYears: intFrom('BRUG_RETENTION_YEARS', 5),
    hsdsImportHosts: (process.env.BRUG_HSDS_IMPORT_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    smtpUrl: process.env.BRUG_SMTP_URL || undefined,
    mailFrom: process.env.BRUG_MAIL_FROM || 'Brug <no-reply@brug.invalid>',
    publicUrl: (process.env.BRUG_PUBLIC_URL || `http://localhost:${intFrom('PORT', 4000)}`).replace(/\/+$/, ''),
    ...overrides,
  };
}
