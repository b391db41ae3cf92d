import { ClientViewCode } from './client-view-code.entity';
import { ClientOwnViewResolver, ClientViewCodeResolver } from './client-view.resolver';

export const clientViewModule = {
  entities: [ClientViewCode],
  resolvers: [ClientViewCodeResolver, ClientOwnViewResolver],
} as const;

// The public surface: what other modules may import from this one.
export { CLIENT_VIEW_COOKIE, isClientViewToken, resolveClientSession } from './client-view.service';
