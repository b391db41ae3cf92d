import type { DataSource, EntityManager } from 'typeorm';
import { MemberRole, Membership, loadDemoTwoFactor, hashPassword, Locale, NetworkRole, User } from '../modules/identity';
import { Location, Organisation, Service, AddressVisibility, ListingStatus } from '../modules/service-map';
import { loadDemoClients } from './demo-clients';
import { DEMO_LOCATIONS, DEMO_ORGANISATIONS, DEMO_SERVICES, DEMO_USERS } from './demo-data';
import { loadDemoFollowUp } from './demo-follow-up';
import { loadDemoOutreach } from './demo-outreach';
import { loadDemoReferrals } from './demo-referrals';

export const DEMO_PASSWORD = 'brug-demo-2026';

/**
 * Loads the demo network into an empty database, in one transaction. Returns false when the
 * database already holds organisations (a restart never loads it twice).
 */
export async function loadDemoNetworkIfEmpty(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (em) => {
    // Two processes starting at once must not both load it.
    await em.query('SELECT pg_advisory_xact_lock(424242)');
    if ((await em.count(Organisation)) > 0) return false;
    await loadDemoNetwork(em);
    return true;
  });
}

async function loadDemoNetwork(em: EntityManager): Promise<void> {
  const organisations = new Map<string, Organisation>();
  for (const org of DEMO_ORGANISATIONS) {
    const { key, ...fields } = org;
    organisations.set(key, await em.save(em.create(Organisation, fields)));
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demoUser of DEMO_USERS) {
    const user = await em.save(
      em.create(User, {
        email: demoUser.email,
        displayName: demoUser.displayName,
        passwordHash,
        locale: demoUser.locale ?? Locale.nl,
        networkRole: demoUser.coordinator ? NetworkRole.COORDINATOR : null,
      }),
    );
    if (demoUser.organisation) {
      await em.save(
        em.create(Membership, {
          userId: user.id,
          organisationId: organisations.get(demoUser.organisation)!.id,
          role: demoUser.role ?? MemberRole.WORKER,
        }),
      );
    }
  }
  await loadServiceMap(em, organisations);
  await loadDemoTwoFactor(em);
  await loadDemoClients(em, organisations);
  await loadDemoFollowUp(em);
  await loadDemoReferrals(em);
  await loadDemoOutreach(em);
}

/** The demo's locations and services; confirmation dates are relative to the moment of loading. */
async function loadServiceMap(em: EntityManager, organisations: Map<string, Organisation>): Promise<void> {
  const locations = new Map<string, string>();
  for (const { key, organisation, address, visibility, ...fields } of DEMO_LOCATIONS) {
    const location = em.create(Location, {
      ...fields,
      organisationId: organisations.get(organisation)!.id,
      addressLine: address,
      country: fields.region.split('-')[0],
      visibility: visibility ?? AddressVisibility.PUBLIC,
    });
    await em.insert(Location, location);
    locations.set(key, location.id);
  }
  const now = Date.now();
  for (const { organisation, locations: at, confirmedDaysAgo, archived, ...fields } of DEMO_SERVICES) {
    const service = em.create(Service, {
      ...fields,
      organisationId: organisations.get(organisation)!.id,
      status: archived ? ListingStatus.ARCHIVED : ListingStatus.ACTIVE,
      lastConfirmedAt: new Date(now - confirmedDaysAgo * 86_400_000),
    });
    await em.insert(Service, service);
    await em.query('INSERT INTO service_locations (service_id, location_id) SELECT $1, unnest($2::uuid[])', [service.id, at.map((k) => locations.get(k)!)]);
  }
}
