import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, Int } from 'type-graphql';
import { MAX_WAITING_DAYS } from '../../../../../shared/listing-rules';

/** The one `waitingDays` field of an input (a listing, its capacity): optional, a whole number of days within the rule. */
export function WaitingDaysField(): PropertyDecorator {
  const decorators = [
    Field(() => Int, { nullable: true, description: `Typical days before a first meeting, 0 to ${MAX_WAITING_DAYS}` }),
    IsOptional(),
    IsInt(),
    Min(0),
    Max(MAX_WAITING_DAYS),
  ];
  return (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };
}
