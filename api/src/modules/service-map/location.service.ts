import { row } from '../../access';
import { badInput, forbidden, notFound, isUuid } from '../../common';
import type { RequestContext } from '../../context';
import type { LocationInput, UpdateLocationInput } from './dto/location.input';
import { givenFields } from './input-fields';
import { Location } from './location.entity';
import { locationById } from './location.loaders';
import { Organisation } from './organisation.entity';

/** The places where an organisation delivers its services. */
export class LocationService {
  constructor(private readonly ctx: RequestContext) {}

  async create(input: LocationInput): Promise<Location> {
    const { em } = this.ctx;
    const organisation = isUuid(input.organisationId) ? await em.findOneBy(Organisation, { id: input.organisationId }) : null;
    if (!organisation) throw badInput('organisationId', 'there is no such organisation.', 'UNKNOWN');
    if (!(await this.ctx.ability()).can('create', row('Location', { organisationId: organisation.id }))) throw forbidden();
    const location = em.create(Location, { ...columns(input), organisationId: organisation.id });
    await em.insert(Location, location);
    return this.shown(location.id);
  }

  /** Changes a location; an address left out stays (a coordinator can replace a hidden one unseen). */
  async update(id: string, input: UpdateLocationInput): Promise<Location> {
    const { em } = this.ctx;
    const location = isUuid(id) ? await em.findOneBy(Location, { id }) : null;
    if (!location) throw notFound('Location');
    if (!(await this.ctx.ability()).can('update', row('Location', location))) throw forbidden();
    const changes = columns(input);
    // An input that names no field changes nothing (an UPDATE without columns is not SQL).
    if (Object.keys(changes).length) await em.update(Location, { id }, changes);
    return this.shown(id);
  }

  async canEdit(location: Location): Promise<boolean> {
    return (await this.ctx.ability()).can('update', row('Location', location));
  }

  /** Reads it back the way every viewer reads locations: the address decided in SQL. */
  private async shown(id: string): Promise<Location> {
    return (await this.ctx.loader(locationById).load(id))!;
  }
}

function columns(input: UpdateLocationInput): Partial<Location> {
  const { address, ...rest } = givenFields(input, { required: ['name', 'city', 'region', 'visibility'], text: ['address', 'postalCode'] });
  return {
    ...rest,
    ...(address !== undefined ? { addressLine: address } : {}),
    ...(rest.region ? { country: rest.region.split('-')[0] } : {}),
  };
}
