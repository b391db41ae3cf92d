import { In } from 'typeorm';
import { byKeyLoader } from '../../common';
import type { RequestContext } from '../../context';
import { Organisation } from './organisation.entity';

/** Organisations are public to every signed-in member, so no access condition applies. */
export const organisationById = (ctx: RequestContext) =>
  byKeyLoader<string, Organisation>(
    (ids) => ctx.em.findBy(Organisation, { id: In([...ids]) }),
    (o) => o.id,
  );
