/**
 * The access layer: the one CASL ability and its rules turned into SQL conditions, the client-data
 * declarations and their guard, and the one audit entry point. It imports no domain module.
 */
// The public surface: what the rest of the API may import from this layer.
export { type AppAbility, CLIENT_ACTOR_NAME, type ClientSessionViewer, type Viewer, defineAbility, row, type Action } from './ability';
export { type AccessContext } from './access-context';
export { AuditEntry, AuditOperation } from './audit-entry.entity';
export { AuditLog } from './audit-log';
export { accessColumns, canOnClient, clientAccess, clientsWithAccess, readableScopes, restrictToAllowed } from './client-access';
export { ClientData, ClientDataType, NoClientData } from './client-data';
export { consentState, isConsentLive, liveConsentSql, type ConsentState, type LiveConsent } from './live-consent';
export { MemberRole, NetworkRole } from './roles';
export { rootFieldName } from './root-field';
export { ALL_SCOPES, Scope } from './scopes';
export { accessCondition } from './sql-conditions';
