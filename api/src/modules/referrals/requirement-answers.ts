import { IsBoolean, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ClientDataType } from '../../access';
import { badInput } from '../../common';
import { isNotEligible, requirementProblem } from '../../../../shared/requirement-rules';
import type { RequestContext } from '../../context';
import { requirementsByService, RequirementKind, type ServiceRequirement } from '../service-map';

/*
 * The answers to what the receiving service asks of a referral (its requirements), kept on the
 * referral as a snapshot: the text as it was asked, so a later edit of the service changes
 * nothing that was answered. They are free text about the client: read like the reason, only
 * while the viewer may see the client (Referral.requirementAnswers is @ClientData).
 */

/** How one answer is stored (referrals.requirement_answers, jsonb). */
export interface StoredAnswer {
  requirementId: string;
  kind: RequirementKind;
  text: string;
  notEligibleWhenNo: boolean;
  /** A question: yes (true) or no (false); null while unanswered. */
  answer: boolean | null;
  /** A document: the sender says it will be provided or is attached. */
  provided: boolean;
  note: string;
}

export const ANSWER_NOTE_MAX = 1000;

@InputType({ description: 'The answer to one requirement of the service referred to.' })
export class RequirementAnswerInput {
  @Field(() => ID)
  requirementId: string;

  @Field(() => Boolean, { nullable: true, description: 'A question: yes or no' })
  @IsOptional()
  @IsBoolean()
  answer?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'A document: it will be provided or is attached' })
  @IsOptional()
  @IsBoolean()
  provided?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Optional; required to say why you refer anyway when the answer makes the person not eligible' })
  @IsOptional()
  @MaxLength(ANSWER_NOTE_MAX)
  note?: string | null;
}

@ClientDataType(null)
@ObjectType({ description: 'What the sender answered to one requirement of the service, with the text as it was asked.' })
export class RequirementAnswer {
  @Field(() => ID, { description: 'The requirement answered (it may since have been changed or removed from the service)' })
  requirementId: string;

  @Field(() => RequirementKind)
  kind: RequirementKind;

  @Field(() => String, { description: 'The question or document, as it was asked' })
  text: string;

  @Field(() => Boolean)
  notEligibleWhenNo: boolean;

  @Field(() => Boolean, { nullable: true, description: 'A question: yes or no; null while unanswered' })
  answer: boolean | null;

  @Field(() => Boolean, { description: 'A document: will be provided or is attached' })
  provided: boolean;

  @Field(() => String)
  note: string;

  @Field(() => Boolean, { description: "The answer is 'no' to a question where 'no' means not eligible" })
  notEligible: boolean;
}

export const toAnswer = (a: StoredAnswer): RequirementAnswer => ({ ...a, notEligible: isNotEligible(a, a) });

/**
 * The answers given for a service, checked against its requirements and copied with their
 * texts as they stand now. A requirement left out is stored unanswered (a draft may be
 * incomplete; sending checks it).
 */
export async function snapshotAnswers(ctx: RequestContext, serviceId: string, given: RequirementAnswerInput[]): Promise<StoredAnswer[]> {
  const requirements = await ctx.loader(requirementsByService).load(serviceId);
  const byId = new Map(given.map((a) => [a.requirementId, a]));
  if (byId.size !== given.length) throw badInput('requirementAnswers', 'answer each requirement once.', 'DUPLICATE');
  const unknown = given.filter((a) => !requirements.some((r) => r.id === a.requirementId));
  if (unknown.length) throw badInput('requirementAnswers', 'an answer names a requirement this service does not ask (any more).', 'UNKNOWN');
  return requirements.map((r) => stored(r, byId.get(r.id)));
}

function stored(r: ServiceRequirement, a: RequirementAnswerInput | undefined): StoredAnswer {
  const question = r.kind === RequirementKind.QUESTION;
  return {
    requirementId: r.id,
    kind: r.kind,
    text: r.text,
    notEligibleWhenNo: r.notEligibleWhenNo,
    answer: question ? (a?.answer ?? null) : null,
    provided: !question && a?.provided === true,
    note: a?.note?.trim() ?? '',
  };
}

/**
 * Sending needs every requirement the service asks now answered: a question yes or no, a
 * document said to be provided. A 'no' that makes the person not eligible does not stop the
 * referral (the receiver decides), but its note must say why the sender refers anyway.
 */
export async function checkAnswersForSending(ctx: RequestContext, serviceId: string, answers: StoredAnswer[]): Promise<StoredAnswer[]> {
  const requirements = await ctx.loader(requirementsByService).load(serviceId);
  const byId = new Map(answers.map((a) => [a.requirementId, a]));
  // Checked against the requirement as the service asks it now: an answer to what has since been
  // reworded or turned from a question into a document (same id) counts as not given.
  const kept = requirements.map((r) => {
    const given = byId.get(r.id);
    return stored(r, given && given.kind === r.kind && given.text === r.text ? given : undefined);
  });
  const missing = kept.filter((a) => {
    const problem = requirementProblem(a, a);
    return problem === 'answer' || problem === 'provided';
  });
  if (missing.length)
    throw badInput(
      'requirementAnswers',
      `the service asks every referral for this; still missing: ${missing.map((a) => `“${a.text}”`).join(', ')}.`,
      'REQUIREMENT_MISSING',
      { count: missing.length },
    );
  const unexplained = kept.filter((a) => requirementProblem(a, a) === 'note');
  if (unexplained.length)
    throw badInput(
      'requirementAnswers',
      `the answer to “${unexplained[0].text}” means the person is not eligible: say in its note why you refer anyway.`,
      'NOT_ELIGIBLE_WITHOUT_NOTE',
    );
  return kept;
}
