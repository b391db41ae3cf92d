/** The database: the data source, the embedded PostgreSQL, migrations at start-up, backups. */
// The public surface: what the rest of the API may import from this layer.
export { ensureAuditPartitions, openDatabase } from './database';
