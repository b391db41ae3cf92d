import { AuditEntry } from './audit-entry.entity';

export const auditModule = {
  entities: [AuditEntry],
  resolvers: [],
} as const;
