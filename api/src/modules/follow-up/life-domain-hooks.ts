import { lifeDomainsWrittenHandlers } from '../clients/section-hooks';
import { LifeDomainAssessmentService } from './life-domain-assessment.service';

// Ratings written through updateClient are kept as an assessment too (the earlier ones stay).
lifeDomainsWrittenHandlers.push((ctx, client, domains, before) => new LifeDomainAssessmentService(ctx).keepWrittenRatings(client, domains, before));
