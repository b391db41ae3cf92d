import type { NonEmptyArray } from 'type-graphql';
import type { ConsentSource } from '../context/request-context';
import { auditModule } from './audit';
import { identityModule } from './identity';
import { serviceMapModule } from './service-map';

/** Every domain module of the API. A module lists its entities and its resolvers. */
const modules = [identityModule, serviceMapModule, auditModule];

export const entities = modules.flatMap((m) => [...m.entities]);
export const resolvers = modules.flatMap((m) => [...m.resolvers]) as unknown as NonEmptyArray<Function>;

/** Until the consent module exists, no organisation holds a consent. */
export const liveConsents: ConsentSource = async () => [];
