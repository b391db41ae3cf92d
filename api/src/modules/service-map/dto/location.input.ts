import { IsIn, IsLatitude, IsLongitude, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { AddressVisibility, REGIONS } from '../taxonomy';
import { NAME_MAX } from './service.input';

@InputType({ description: 'Changes to a location; fields left out stay as they are.' })
export class UpdateLocationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(NAME_MAX)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Street and number' })
  @IsOptional()
  @MaxLength(NAME_MAX)
  address?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  postalCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(NAME_MAX)
  city?: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2 region, e.g. BE-VAN; the country follows from it' })
  @IsOptional()
  @IsIn(REGIONS.filter((r) => r.includes('-')), { message: 'must be a region such as BE-VAN or NL-GE' })
  region?: string;

  @Field(() => AddressVisibility, { nullable: true, description: 'HIDDEN for shelters: only your own organisation sees the address' })
  @IsOptional()
  visibility?: AddressVisibility;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLatitude()
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude()
  longitude?: number | null;
}

@InputType({ description: 'A new location of an organisation.' })
export class LocationInput extends UpdateLocationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a known organisation id' })
  organisationId: string;

  @Field(() => String)
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(NAME_MAX)
  override name: string = '';

  @Field(() => String)
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(NAME_MAX)
  override city: string = '';

  @Field(() => String, { description: 'ISO 3166-2 region, e.g. BE-VAN; the country follows from it' })
  @IsIn(REGIONS.filter((r) => r.includes('-')), { message: 'must be a region such as BE-VAN or NL-GE' })
  override region: string = '';
}
