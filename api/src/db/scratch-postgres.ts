import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

/**
 * A PostgreSQL of its own in a temporary folder (the embedded binaries, Brug's runner), that can
 * be stopped and started again on the same port: for pulling the database away from a running
 * API (the outage test, the soak). `destroy()` removes it.
 */
export class ScratchPostgres {
  readonly dir: string;
  private running?: EmbeddedDatabase;
  private port = 0;
  /** The superuser's URL of its `brug` database (set by start). */
  url = '';

  constructor(
    name: string,
    private readonly settings: string[] = [],
  ) {
    this.dir = mkdtempSync(path.join(os.tmpdir(), `brug-${name}-`));
  }

  get listeningPort(): number {
    return this.port;
  }

  async start(): Promise<void> {
    this.running = await startEmbeddedPostgres({ dataDir: this.dir, port: this.port, portIsExplicit: this.port > 0, postgresFlags: this.settings });
    this.port = this.running.port;
    this.url = this.running.url;
  }

  /** See EmbeddedDatabase.stop: 'immediate' pulls the database away as a crash would. */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.running?.stop(mode);
    this.running = undefined;
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
