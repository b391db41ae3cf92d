import type { Logger, QueryRunner } from 'typeorm';

/**
 * Counts the SQL statements each request's query runner sends, so tests and benchmarks can
 * show that a page of 50 costs the same number of statements as a page of 1. Logs failed
 * statements without their parameters (they may hold personal data).
 */
export class StatementCounter implements Logger {
  constructor(private readonly onError: (message: string) => void = () => undefined) {}

  logQuery(_query: string, _parameters?: unknown, queryRunner?: QueryRunner): void {
    const data = queryRunner?.data as { statements?: number } | undefined;
    if (data && typeof data.statements === 'number') data.statements += 1;
  }
  logQueryError(error: string | Error, query: string): void {
    this.onError(`SQL failed: ${error instanceof Error ? error.message : error} in ${query.slice(0, 200)}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
