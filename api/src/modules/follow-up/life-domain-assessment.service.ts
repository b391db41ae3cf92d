import { canOnClient, restrictToAllowed, Scope, AuditOperation } from '../../access';
import { badInput, forbidden } from '../../common';
import type { RequestContext } from '../../context';
import { type Client, ClientService, refuseErased, type WrittenDomain } from '../clients';
import type { RecordLifeDomainAssessmentInput } from './dto/assessment.input';
import { auditAccess, recordFollowUpEvent, visibleClient } from './follow-up-access';
import { LifeDomainAssessment, type LifeDomainRating } from './life-domain-assessment.entity';
import { dayAt, LifeDomain } from './taxonomy';
import { enumValue } from '../../common';

export const ASSESSMENT_RECORDED = 'ASSESSMENT_RECORDED';
const DOMAINS = new Set<string>(Object.values(LifeDomain));

/**
 * Assessments of the life domains (the LIFE_DOMAINS section over time). Each assessment is
 * kept; the section shows the latest ratings. Who may read or add them is the ability's
 * (`LifeDomainAssessment`: the owner, and a consent naming LIFE_DOMAINS).
 */
export class LifeDomainAssessmentService {
  constructor(private readonly ctx: RequestContext) {}

  async record(input: RecordLifeDomainAssessmentInput): Promise<LifeDomainAssessment> {
    const { ctx } = this;
    const client = refuseErased(await visibleClient(ctx, input.clientId));
    if (!(await this.mayRecord(client))) throw forbidden("The client's consent does not include the life domains (LIFE_DOMAINS) for your organisation.");
    const today = dayAt(ctx.now);
    const assessedOn = input.assessedOn ?? today;
    if (!isCalendarDay(assessedOn)) throw badInput('assessedOn', 'must be a date as YYYY-MM-DD.');
    if (assessedOn > today) throw badInput('assessedOn', 'must not be in the future.');
    const ratings = checkedRatings(input.ratings);
    const latest = await this.latestDay(client.id);
    const assessment = await this.insert(client, assessedOn, ratings);
    // An assessment of an earlier day adds history; only the newest one is the current situation.
    if (!latest || assessedOn >= latest) await new ClientService(ctx).writeLifeDomainRatings(client, ratings);
    await auditAccess(ctx, client.id, [Scope.LIFE_DOMAINS], AuditOperation.CREATE, 'recordLifeDomainAssessment');
    return assessment;
  }

  /** updateClient wrote the LIFE_DOMAINS section: changed ratings are an assessment of today (notes alone are not). */
  async keepWrittenRatings(client: Client, domains: WrittenDomain[], before: WrittenDomain[]): Promise<void> {
    const rated = (list: WrittenDomain[]) =>
      list.flatMap((d) => {
        const domain = enumValue(LifeDomain, d.domain);
        return domain && d.rating ? [{ domain, rating: d.rating }] : [];
      });
    const ratings = rated(domains);
    if (!ratings.length || sameRatings(rated(before), ratings)) return;
    await this.insert(client, dayAt(this.ctx.now), ratings);
  }

  mayRecord(client: Pick<Client, 'id' | 'ownerOrganisationId'>): Promise<boolean> {
    return canOnClient(this.ctx, 'create', 'LifeDomainAssessment', { clientId: client.id, ownerOrganisationId: client.ownerOrganisationId });
  }

  private async latestDay(clientId: string): Promise<string | null> {
    const qb = this.ctx.em
      .createQueryBuilder(LifeDomainAssessment, 'a')
      .select('max(a.assessed_on)::text', 'day')
      .where('a.client_id = :clientId', { clientId });
    if (!(await restrictToAllowed(this.ctx, qb, 'read', 'LifeDomainAssessment', 'a'))) return null;
    return (await qb.getRawOne<{ day: string | null }>())?.day ?? null;
  }

  private async insert(client: Client, assessedOn: string, ratings: LifeDomainRating[]): Promise<LifeDomainAssessment> {
    const { ctx } = this;
    const viewer = ctx.viewer!;
    const assessment = ctx.em.create(LifeDomainAssessment, {
      clientId: client.id,
      ownerOrganisationId: client.ownerOrganisationId,
      organisationId: viewer.organisationId,
      organisationName: viewer.organisationName ?? '',
      assessedByUserId: viewer.userId,
      assessedByName: viewer.displayName,
      assessedOn,
      ratings,
    });
    await ctx.em.insert(LifeDomainAssessment, assessment);
    await recordFollowUpEvent(ctx, {
      clientId: client.id,
      ownerOrganisationId: client.ownerOrganisationId,
      kind: ASSESSMENT_RECORDED,
      scope: Scope.LIFE_DOMAINS,
      summary: { assessmentId: assessment.id, assessedOn, domains: ratings.map((r) => r.domain) },
      subjectType: 'LifeDomainAssessment',
      subjectId: assessment.id,
    });
    return ctx.em.findOneByOrFail(LifeDomainAssessment, { id: assessment.id });
  }
}

function checkedRatings(given: { domain: LifeDomain; rating: number }[]): LifeDomainRating[] {
  const seen = new Set<string>();
  for (const { domain, rating } of given) {
    if (!DOMAINS.has(domain)) throw badInput('ratings', 'unknown life domain.');
    if (seen.has(domain)) throw badInput('ratings', 'each life domain may appear only once.');
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw badInput('ratings', 'a rating is 1 to 5.');
    seen.add(domain);
  }
  return given.map(({ domain, rating }) => ({ domain, rating }));
}

function sameRatings(a: LifeDomainRating[], b: LifeDomainRating[]): boolean {
  const key = (list: LifeDomainRating[]) =>
    list
      .map((r) => `${r.domain}:${r.rating}`)
      .sort()
      .join(',');
  return key(a) === key(b);
}

function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}
