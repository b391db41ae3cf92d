import { ServiceCategory, TargetGroup } from '../../service-map/taxonomy';
import { derivedId } from '../ids';

/**
 * Brug's own vocabularies as HSDS taxonomies. HSDS 3 links a service to a term through an
 * `attribute` (taxonomy_term + optional value), so what a service offers, who it is for and
 * Brug's listing facts (capacity, waiting days, anonymous access, address visibility) all
 * travel as attributes of one of these terms.
 */
export const TAXONOMIES = {
  category: { key: 'brug-service-category', name: 'Brug service categories', description: 'What a service offers.' },
  targetGroup: { key: 'brug-target-group', name: 'Brug target groups', description: 'Who a service is for.' },
  listing: { key: 'brug-listing', name: 'Brug listing facts', description: 'Facts of a listing that HSDS has no field for; the attribute value carries them.' },
  requirement: {
    key: 'brug-referral-requirement',
    name: 'Brug referral requirements',
    description: "Yes/no eligibility questions every referral to a service must answer; the attribute value is the question (link_type 'eligibility').",
  },
} as const;
export type TaxonomyKind = keyof typeof TAXONOMIES;

/** Listing facts: the attribute's `value` holds the fact. */
export const LISTING_TERMS = {
  capacity_status: 'Whether the service takes new referrals now: AVAILABLE, WAITLIST, FULL or NOT_ACCEPTING.',
  waiting_days: 'Typical days before a first meeting (a whole number).',
  anonymous_access: 'true when a client can be helped without giving a legal name.',
  address_visibility: 'Who may see the street address: PUBLIC (anyone), NETWORK (signed-in members), HIDDEN (own organisation only).',
  organisation_city: "The city of the organisation's seat.",
  organisation_country: "The country of the organisation's seat (ISO 3166-1 alpha-2).",
} as const;
export type ListingTerm = keyof typeof LISTING_TERMS;

/** Eligibility questions: the attribute's `value` holds the question. */
export const REQUIREMENT_TERMS = {
  eligibility_question: 'A yes/no question every referral answers.',
  eligibility_condition: "A yes/no question every referral answers, where 'no' means the person is not eligible.",
} as const;
export type RequirementTerm = keyof typeof REQUIREMENT_TERMS;

export const taxonomyId = (kind: TaxonomyKind) => derivedId('taxonomy', TAXONOMIES[kind].key);
export const termId = (kind: TaxonomyKind, code: string) => derivedId('taxonomy_term', TAXONOMIES[kind].key, code);

/** "HARM_REDUCTION" -> "Harm reduction". */
const label = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');

export type HsdsTaxonomy = {
  id: string;
  name: string;
  description: string;
};

export type HsdsTaxonomyTerm = {
  id: string;
  code: string;
  name: string;
  description: string;
  /** The taxonomy's key, e.g. `brug-service-category`. */
  taxonomy: string;
  taxonomy_id: string;
  taxonomy_detail: HsdsTaxonomy;
  language: string;
};

export const hsdsTaxonomies = (): HsdsTaxonomy[] =>
  (Object.keys(TAXONOMIES) as TaxonomyKind[]).map((kind) => ({ id: taxonomyId(kind), name: TAXONOMIES[kind].name, description: TAXONOMIES[kind].description }));

function codesOf(kind: TaxonomyKind): { code: string; description: string }[] {
  if (kind === 'category') return Object.values(ServiceCategory).map((code) => ({ code, description: `Services that offer: ${label(code).toLowerCase()}.` }));
  if (kind === 'targetGroup') return Object.values(TargetGroup).map((code) => ({ code, description: `Services for: ${label(code).toLowerCase()}.` }));
  if (kind === 'requirement') return Object.entries(REQUIREMENT_TERMS).map(([code, description]) => ({ code, description }));
  return Object.entries(LISTING_TERMS).map(([code, description]) => ({ code, description }));
}

export function hsdsTerm(kind: TaxonomyKind, code: string): HsdsTaxonomyTerm {
  const description = codesOf(kind).find((c) => c.code === code)?.description ?? label(code);
  const { name, description: about } = TAXONOMIES[kind];
  return {
    id: termId(kind, code),
    code,
    name: label(code),
    description,
    taxonomy: TAXONOMIES[kind].key,
    taxonomy_id: taxonomyId(kind),
    taxonomy_detail: { id: taxonomyId(kind), name, description: about },
    language: 'en',
  };
}

export const hsdsTerms = (kind: TaxonomyKind): HsdsTaxonomyTerm[] => codesOf(kind).map(({ code }) => hsdsTerm(kind, code));

/** Which taxonomy and code a term id stands for (import), or undefined for a term Brug does not know. */
export function termById(id: string): { kind: TaxonomyKind; code: string } | undefined {
  return TERM_INDEX().get(id);
}
let termIndex: Map<string, { kind: TaxonomyKind; code: string }> | undefined;
const TERM_INDEX = () =>
  (termIndex ??= new Map(
    (Object.keys(TAXONOMIES) as TaxonomyKind[]).flatMap((kind) => codesOf(kind).map(({ code }) => [termId(kind, code), { kind, code }] as const)),
  ));
