import { registerEnumType } from 'type-graphql';

/** A person's role within one organisation (the identity module stores it on a membership). */
export enum MemberRole {
  WORKER = 'WORKER',
  ORG_ADMIN = 'ORG_ADMIN',
}
registerEnumType(MemberRole, { name: 'MemberRole', description: "A person's role within one organisation" });

/** A role over the whole network (the identity module stores it on a user). */
export enum NetworkRole {
  COORDINATOR = 'COORDINATOR',
}
registerEnumType(NetworkRole, { name: 'NetworkRole', description: 'A role over the whole network, not one organisation' });
