import { ClientViewCode } from './client-view-code.entity';
import { ClientOwnViewResolver, ClientViewCodeResolver } from './client-view.resolver';

export const clientViewModule = {
  entities: [ClientViewCode],
  resolvers: [ClientViewCodeResolver, ClientOwnViewResolver],
} as const;
