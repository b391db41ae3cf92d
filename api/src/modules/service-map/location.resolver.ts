import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { LocationInput, UpdateLocationInput } from './dto/location.input';
import { Location } from './location.entity';
import { LocationService } from './location.service';

@Resolver(() => Location)
export class LocationResolver {
  @Authorized()
  @Mutation(() => Location, { description: 'Adds a location to an organisation (its admins, coordinators).' })
  createLocation(@Arg('input', () => LocationInput) input: LocationInput, @Ctx() ctx: RequestContext): Promise<Location> {
    return new LocationService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Location, { description: 'Changes a location; fields left out stay as they are.' })
  updateLocation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateLocationInput) input: UpdateLocationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Location> {
    return new LocationService(ctx).update(id, input);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Street and number; null when its visibility keeps it from you' })
  address(@Root() location: Location): string | null {
    return location.addressShown === true ? location.addressLine || null : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Null when its visibility keeps it from you' })
  postalCode(@Root() location: Location): string | null {
    return location.addressShown === true ? location.postalCode || null : null;
  }

  @FieldResolver(() => Boolean, { description: 'You may edit this location' })
  canEdit(@Root() location: Location, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new LocationService(ctx).canEdit(location);
  }
}
