import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { NoClientData } from '../../../access';
import { badInput, unauthenticated } from '../../../common';
import type { RequestContext } from '../../../context';
import { User } from '../../identity';

@NoClientData("the signed-in user's own notice preferences")
@ObjectType({ description: 'Your e-mail notices: "you have a new referral in Brug" and a link, never client data.' })
export class EmailNoticeSettings {
  @Field(() => Boolean, { description: 'You asked for e-mail notices (off unless you turn it on).' })
  enabled: boolean;

  @Field(() => Int, { nullable: true, description: 'Quiet hours start (0-23, in timeZone); a notice due then waits until they end.' })
  quietHoursStart: number | null;

  @Field(() => Int, { nullable: true, description: 'Quiet hours end (0-23, in timeZone).' })
  quietHoursEnd: number | null;

  @Field(() => String, { description: 'The time zone of your quiet hours.' })
  timeZone: string;

  @Field(() => Boolean, { description: 'This Brug sends e-mail at all (BRUG_SMTP_URL is set).' })
  available: boolean;
}

@InputType()
export class EmailNoticeSettingsInput {
  @Field(() => Boolean)
  enabled: boolean;

  @Field(() => Int, { nullable: true })
  quietHoursStart?: number | null;

  @Field(() => Int, { nullable: true })
  quietHoursEnd?: number | null;

  @Field(() => String, { nullable: true, description: 'An IANA time zone; Europe/Brussels when left out.' })
  timeZone?: string | null;
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Only the user's own settings: read and written by the signed-in user id, never another's. */
class EmailNoticeSettingsService {
  constructor(private readonly ctx: RequestContext) {}

  private userId(): string {
    const userId = this.ctx.viewer?.userId;
    if (!userId) throw unauthenticated();
    return userId;
  }

  async get(): Promise<EmailNoticeSettings> {
    const user = await this.ctx.em.findOneByOrFail(User, { id: this.userId() });
    return Object.assign(new EmailNoticeSettings(), {
      enabled: user.emailNotices,
      quietHoursStart: user.quietHoursStart,
      quietHoursEnd: user.quietHoursEnd,
      timeZone: user.timeZone,
      available: !!this.ctx.deps.config.smtpUrl,
    });
  }

  async set(input: EmailNoticeSettingsInput): Promise<EmailNoticeSettings> {
    const start = input.quietHoursStart ?? null;
    const end = input.quietHoursEnd ?? null;
    for (const [field, hour] of [
      ['quietHoursStart', start],
      ['quietHoursEnd', end],
    ] as const) {
      if (hour !== null && (hour < 0 || hour > 23)) throw badInput(field, 'An hour from 0 to 23.');
    }
    if ((start === null) !== (end === null))
      throw badInput(start === null ? 'quietHoursStart' : 'quietHoursEnd', 'Give both the start and the end of the quiet hours, or neither.');
    const timeZone = input.timeZone ?? 'Europe/Brussels';
    if (!validTimeZone(timeZone)) throw badInput('timeZone', 'Not a known time zone.');
    await this.ctx.em.update(User, { id: this.userId() }, { emailNotices: input.enabled, quietHoursStart: start, quietHoursEnd: end, timeZone });
    return this.get();
  }
}

@Resolver()
export class EmailNoticeSettingsResolver {
  @Authorized()
  @Query(() => EmailNoticeSettings, { description: 'Your e-mail notice settings.' })
  emailNoticeSettings(@Ctx() ctx: RequestContext): Promise<EmailNoticeSettings> {
    return new EmailNoticeSettingsService(ctx).get();
  }

  @Authorized()
  @Mutation(() => EmailNoticeSettings, { description: 'Turns your e-mail notices of new referrals on or off, with optional quiet hours.' })
  setEmailNoticeSettings(
    @Arg('input', () => EmailNoticeSettingsInput) input: EmailNoticeSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EmailNoticeSettings> {
    return new EmailNoticeSettingsService(ctx).set(input);
  }
}
