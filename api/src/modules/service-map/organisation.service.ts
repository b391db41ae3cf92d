import { row } from '../../access';
import { forbidden, notFound, isUuid, checkPageSize, Page, PageArgs, textIdCursor, toPage } from '../../common';
import type { RequestContext } from '../../context';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.input';
import { Organisation } from './organisation.entity';
import { likePattern, textTerms } from './search-text';
import { givenFields } from './input-fields';
import { ListingStatus } from './taxonomy';

/** The organisations of the network and their profiles. */
export class OrganisationService {
  constructor(private readonly ctx: RequestContext) {}

  /** Organisations by name (any language of a place name finds its city), one page. */
  async list(search: string | null | undefined, page: PageArgs): Promise<Page<Organisation>> {
    const first = checkPageSize(page.first);
    const cursor = textIdCursor.decode(page.after);
    const qb = this.ctx.em.createQueryBuilder(Organisation, 'o');
    const terms = search ? textTerms(search) : [];
    terms.forEach((term, i) =>
      qb.andWhere(`brug_fold(concat_ws(' ', o.name, o.alternate_name, o.city, o.description)) LIKE ANY(CAST(:term${i} AS text[]))`, {
        [`term${i}`]: term.anyOf.map(likePattern),
      }),
    );
    const totalCount = await qb.clone().getCount();
    if (cursor) qb.andWhere('(o.name, o.id) > (:afterName, :afterId)', { afterName: cursor[0], afterId: cursor[1] });
    const rows = await qb
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return toPage(rows, first, totalCount, (o) => textIdCursor.key([o.name, o.id]));
  }

  async get(id: string): Promise<Organisation> {
    const organisation = isUuid(id) ? await this.ctx.em.findOneBy(Organisation, { id }) : null;
    if (!organisation) throw notFound('Organisation');
    return organisation;
  }

  /** Admits an organisation (the identity module's createOrganisation then invites its first admin). */
  async create(input: Omit<CreateOrganisationInput, 'firstAdmin'>): Promise<Organisation> {
    const { em } = this.ctx;
    if (!(await this.ctx.ability()).can('create', row('Organisation', { status: ListingStatus.ACTIVE }))) throw forbidden();
    const organisation = em.create(Organisation, { ...profileFields(input), status: ListingStatus.ACTIVE });
    await em.insert(Organisation, organisation);
    return em.findOneByOrFail(Organisation, { id: organisation.id });
  }

  async update(id: string, input: UpdateOrganisationInput): Promise<Organisation> {
    const organisation = await this.get(id);
    if (!(await this.canEdit(organisation))) throw forbidden();
    const changes = profileFields(input);
    // An input that names no field changes nothing (an UPDATE without columns is not SQL).
    if (Object.keys(changes).length) await this.ctx.em.update(Organisation, { id }, changes);
    return this.ctx.em.findOneByOrFail(Organisation, { id });
  }

  async canEdit(organisation: Organisation): Promise<boolean> {
    return (await this.ctx.ability()).can('update', row('Organisation', organisation));
  }
}

function profileFields(input: UpdateOrganisationInput) {
  return givenFields(input, { nullable: ['alternateName', 'email', 'phone', 'website'], required: ['name', 'country'], text: ['description', 'city'] });
}
