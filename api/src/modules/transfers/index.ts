import { ClientTransfer } from './client-transfer.entity';
import { ClientTransferResolver } from './client-transfer.resolver';

export const transfersModule = {
  entities: [ClientTransfer],
  resolvers: [ClientTransferResolver],
} as const;
