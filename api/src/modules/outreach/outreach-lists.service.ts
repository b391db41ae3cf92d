import { row, restrictToAllowed } from '../../access';
import { badInput, conflict, forbidden, notFound, isUuid } from '../../common';
import type { RequestContext } from '../../context';
import type { OutreachMaterialKindInput, OutreachPlaceInput } from './dto/outreach.input';
import { OutreachMaterialKind } from './outreach-material-kind.entity';
import { OutreachPlace } from './outreach-place.entity';

type ListEntity = typeof OutreachPlace | typeof OutreachMaterialKind;
type ListSubject = 'OutreachPlace' | 'OutreachMaterialKind';

/** The organisation's own outreach lists: places and kinds of material. Members read them; its admin keeps them. */
export class OutreachListsService {
  constructor(private readonly ctx: RequestContext) {}

  places(includeArchived: boolean): Promise<OutreachPlace[]> {
    return this.list(OutreachPlace, 'OutreachPlace', includeArchived);
  }

  materialKinds(includeArchived: boolean): Promise<OutreachMaterialKind[]> {
    return this.list(OutreachMaterialKind, 'OutreachMaterialKind', includeArchived);
  }

  createPlace(input: OutreachPlaceInput): Promise<OutreachPlace> {
    return this.create(OutreachPlace, 'OutreachPlace', { name: input.name.trim(), kind: input.kind, region: input.region, archived: input.archived });
  }

  updatePlace(id: string, input: OutreachPlaceInput): Promise<OutreachPlace> {
    return this.update(OutreachPlace, 'OutreachPlace', id, { name: input.name.trim(), kind: input.kind, region: input.region, archived: input.archived });
  }

  createMaterialKind(input: OutreachMaterialKindInput): Promise<OutreachMaterialKind> {
    return this.create(OutreachMaterialKind, 'OutreachMaterialKind', { name: input.name.trim(), archived: input.archived });
  }

  updateMaterialKind(id: string, input: OutreachMaterialKindInput): Promise<OutreachMaterialKind> {
    return this.update(OutreachMaterialKind, 'OutreachMaterialKind', id, { name: input.name.trim(), archived: input.archived });
  }

  async canEdit(subject: ListSubject, item: { organisationId: string }): Promise<boolean> {
    return (await this.ctx.ability()).can('update', row(subject, item));
  }

  private async list<E extends ListEntity>(entity: E, subject: ListSubject, includeArchived: boolean): Promise<InstanceType<E>[]> {
    const qb = this.ctx.em.createQueryBuilder(entity, 'x');
    if (!(await restrictToAllowed(this.ctx, qb, 'read', subject, 'x'))) return [];
    if (!includeArchived) qb.andWhere('x.archived = false');
    return qb.orderBy('x.archived', 'ASC').addOrderBy('lower(x.name)', 'ASC').getMany() as Promise<InstanceType<E>[]>;
  }

  private async create<E extends ListEntity>(entity: E, subject: ListSubject, values: Partial<InstanceType<E>>): Promise<InstanceType<E>> {
    const organisationId = this.ctx.viewer?.organisationId;
    if (!organisationId || !(await this.ctx.ability()).can('create', row(subject, { organisationId }))) throw forbidden();
    if (!values.name) throw badInput('name', 'must not be empty');
    const created = this.ctx.em.create(entity, { ...values, organisationId } as never);
    await this.saveNamed(() => this.ctx.em.insert(entity, created));
    return created as InstanceType<E>;
  }

  private async update<E extends ListEntity>(entity: E, subject: ListSubject, id: string, values: Partial<InstanceType<E>>): Promise<InstanceType<E>> {
    const qb = this.ctx.em.createQueryBuilder(entity, 'x').where('x.id = :id', { id });
    const current = isUuid(id) && (await restrictToAllowed(this.ctx, qb, 'read', subject, 'x')) ? await qb.getOne() : null;
    if (!current) throw notFound(subject === 'OutreachPlace' ? 'Outreach place' : 'Material kind');
    if (!(await this.canEdit(subject, current))) throw forbidden();
    if (!values.name) throw badInput('name', 'must not be empty');
    await this.saveNamed(() => this.ctx.em.update(entity, { id }, values));
    return (await this.ctx.em.findOneBy(entity, { id }))! as InstanceType<E>;
  }

  /** Two entries of one list with the same name would be indistinguishable in the form. */
  private async saveNamed(write: () => Promise<unknown>): Promise<void> {
    await this.ctx.em.query('SAVEPOINT outreach_list_name');
    try {
      await write();
      await this.ctx.em.query('RELEASE SAVEPOINT outreach_list_name');
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      await this.ctx.em.query('ROLLBACK TO SAVEPOINT outreach_list_name');
      throw conflict('Your organisation already has an entry with this name.');
    }
  }
}
