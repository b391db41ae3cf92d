import type { RequestContext } from '../../context';
import type { Client } from './client.entity';

/** A life domain as written in the LIFE_DOMAINS section. */
export interface WrittenDomain {
  domain: string;
  rating?: number | null;
  note?: string | null;
}

/**
 * Runs inside updateClient's transaction after the LIFE_DOMAINS section was written (`before`: what it held), so the
 * follow-up module can keep the ratings as an assessment without the clients module importing it.
 */
export type LifeDomainsWrittenHandler = (ctx: RequestContext, client: Client, domains: WrittenDomain[], before: WrittenDomain[]) => Promise<void>;
export const lifeDomainsWrittenHandlers: LifeDomainsWrittenHandler[] = [];
