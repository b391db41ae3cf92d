/**
 * What a referral must say to a service's requirements, as the API enforces it and the wizard
 * tells the sender: one copy, included by both builds like listing-rules.ts.
 */

export interface RequirementRuleInput {
  kind: 'QUESTION' | 'DOCUMENT';
  notEligibleWhenNo: boolean;
}

export interface AnswerRuleInput {
  /** A question: yes (true) or no (false); null while unanswered. */
  answer: boolean | null;
  /** A document: the sender says it will be provided or is attached. */
  provided: boolean;
  note: string;
}

/** A 'no' where 'no' means the person is not eligible: the referral may still go, with a note saying why. */
export const isNotEligible = (r: RequirementRuleInput, a: Pick<AnswerRuleInput, 'answer'>): boolean =>
  r.kind === 'QUESTION' && r.notEligibleWhenNo && a.answer === false;

/** What is still missing for one requirement: an answer, the document, or the note a 'not eligible' answer needs. */
export function requirementProblem(r: RequirementRuleInput, a: AnswerRuleInput): 'answer' | 'provided' | 'note' | null {
  if (r.kind === 'QUESTION' && a.answer === null) return 'answer';
  if (r.kind === 'DOCUMENT' && !a.provided) return 'provided';
  if (isNotEligible(r, a) && !a.note.trim()) return 'note';
  return null;
}
