const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one id rule. Every id a client can send is a UUID (the numbered ids of audit and timeline
 * entries are only ever answered, never asked for); anything else cannot name a row. The input
 * guard (common/input-guard.ts) applies it to every ID argument and every ID inside an input
 * before a resolver runs: such an id asked for directly answers NOT_FOUND, one inside an input
 * BAD_USER_INPUT naming its field, never a SQL error. Services use it for ids from elsewhere
 * (REST paths, cursors).
 */
export const isUuid = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);
