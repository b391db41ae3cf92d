import type { SelectQueryBuilder } from 'typeorm';
import { accessColumns, accessCondition } from '../../access';
import { byKeyLoader, groupLoader } from '../../common';
import type { RequestContext } from '../../context';
import { Location } from './location.entity';
import { AddressVisibility } from './taxonomy';

interface LocationRow {
  key: string;
  id: string;
  organisation_id: string;
  name: string;
  city: string;
  region: string;
  country: string;
  visibility: AddressVisibility;
  address_shown: boolean;
  address_line: string | null;
  postal_code: string | null;
  latitude: number | null;
  longitude: number | null;
}

/**
 * Locations with their address decided in SQL: the street, postal code and coordinates of a
 * location whose address the viewer may not see (`readAddress`) never leave the database.
 */
async function maskedLocations(
  ctx: RequestContext,
  scope: (qb: SelectQueryBuilder<object>) => SelectQueryBuilder<object>,
): Promise<(Location & { key: string })[]> {
  const shown = accessCondition(await ctx.ability(), 'readAddress', 'Location', accessColumns.Location('l'), 'addr');
  const shownSql = shown?.sql ?? 'FALSE';
  const qb = scope(
    ctx.em
      .createQueryBuilder()
      .from(Location, 'l')
      .select([
        'l.id AS id',
        'l.organisation_id AS organisation_id',
        'l.name AS name',
        'l.city AS city',
        'l.region AS region',
        'l.country AS country',
        'l.visibility AS visibility',
      ])
      .addSelect(`(${shownSql})`, 'address_shown')
      .addSelect(`CASE WHEN ${shownSql} THEN l.address_line END`, 'address_line')
      .addSelect(`CASE WHEN ${shownSql} THEN l.postal_code END`, 'postal_code')
      .addSelect(`CASE WHEN ${shownSql} THEN l.latitude END`, 'latitude')
      .addSelect(`CASE WHEN ${shownSql} THEN l.longitude END`, 'longitude')
      .setParameters(shown?.params ?? {}),
  )
    .orderBy('l.name', 'ASC')
    .addOrderBy('l.id', 'ASC');
  const rows: LocationRow[] = await qb.getRawMany();
  return rows.map((r) =>
    Object.assign(new Location(), {
      key: r.key,
      id: r.id,
      organisationId: r.organisation_id,
      name: r.name,
      city: r.city,
      region: r.region,
      country: r.country,
      visibility: r.visibility,
      addressShown: r.address_shown,
      addressLine: r.address_line ?? '',
      postalCode: r.postal_code ?? '',
      latitude: r.latitude,
      longitude: r.longitude,
    }),
  );
}

/** Where each service is delivered. */
export const locationsByService = (ctx: RequestContext) =>
  groupLoader<string, Location & { key: string }>(
    (serviceIds) =>
      maskedLocations(ctx, (qb) =>
        qb
          .innerJoin('service_locations', 'sl', 'sl.location_id = l.id')
          .addSelect('sl.service_id', 'key')
          .where('sl.service_id = ANY(:serviceIds)', { serviceIds: [...serviceIds] }),
      ),
    (l) => l.key,
  );

/** Every location of each organisation. */
export const locationsByOrganisation = (ctx: RequestContext) =>
  groupLoader<string, Location & { key: string }>(
    (organisationIds) =>
      maskedLocations(ctx, (qb) =>
        qb.addSelect('l.organisation_id', 'key').where('l.organisation_id = ANY(:organisationIds)', { organisationIds: [...organisationIds] }),
      ),
    (l) => l.key,
  );

/** One location by id (null when it does not exist). */
export const locationById = (ctx: RequestContext) =>
  byKeyLoader<string, Location>(
    (ids) => maskedLocations(ctx, (qb) => qb.addSelect('l.id', 'key').where('l.id = ANY(:ids)', { ids: [...ids] })),
    (l) => l.id,
  );
