import { registerEnumType } from 'type-graphql';

/** How to reach a client without putting them at risk. */
export enum ContactChannel {
  PHONE_CALL = 'PHONE_CALL',
  SMS = 'SMS',
  MESSAGING_APP = 'MESSAGING_APP',
  EMAIL = 'EMAIL',
  IN_PERSON = 'IN_PERSON',
  VIA_WORKER = 'VIA_WORKER',
}
registerEnumType(ContactChannel, { name: 'ContactChannel', description: 'The channel the client prefers to be reached on' });

export enum AgeRange {
  UNDER_18 = 'UNDER_18',
  AGE_18_24 = 'AGE_18_24',
  AGE_25_34 = 'AGE_25_34',
  AGE_35_44 = 'AGE_35_44',
  AGE_45_54 = 'AGE_45_54',
  AGE_55_PLUS = 'AGE_55_PLUS',
}
registerEnumType(AgeRange, { name: 'AgeRange', description: 'An age range instead of a date of birth (non-identifying)' });

/** The life domains of the self-reliance matrix the field works with. */
export enum LifeDomain {
  HOUSING = 'HOUSING',
  HEALTH = 'HEALTH',
  INCOME_AND_DEBTS = 'INCOME_AND_DEBTS',
  DAILY_RHYTHM = 'DAILY_RHYTHM',
  WORK_AND_EDUCATION = 'WORK_AND_EDUCATION',
  RELATIONSHIPS_AND_SEXUALITY = 'RELATIONSHIPS_AND_SEXUALITY',
  FAMILY_AND_FRIENDS = 'FAMILY_AND_FRIENDS',
  SAFETY = 'SAFETY',
  LEGAL_STATUS = 'LEGAL_STATUS',
  SELF_ESTEEM_AND_SOCIAL_ACCEPTANCE = 'SELF_ESTEEM_AND_SOCIAL_ACCEPTANCE',
}
registerEnumType(LifeDomain, { name: 'LifeDomain' });

export enum SexWorkContext {
  STREET = 'STREET',
  WINDOW = 'WINDOW',
  CLUB_OR_BAR = 'CLUB_OR_BAR',
  ESCORT = 'ESCORT',
  PRIVATE_HOUSE = 'PRIVATE_HOUSE',
  MASSAGE_PARLOUR = 'MASSAGE_PARLOUR',
  ONLINE = 'ONLINE',
  CRUISING_AREA = 'CRUISING_AREA',
  OTHER = 'OTHER',
}
registerEnumType(SexWorkContext, { name: 'SexWorkContext', description: 'Where or how the client works' });

export enum ExitWish {
  NO = 'NO',
  CONSIDERING = 'CONSIDERING',
  YES = 'YES',
}
registerEnumType(ExitWish, { name: 'ExitWish', description: 'Whether the client wants to stop sex work' });

export enum ViolenceKind {
  PHYSICAL = 'PHYSICAL',
  SEXUAL = 'SEXUAL',
  PSYCHOLOGICAL = 'PSYCHOLOGICAL',
  FINANCIAL = 'FINANCIAL',
  STALKING = 'STALKING',
}
registerEnumType(ViolenceKind, { name: 'ViolenceKind' });

/** Signals of human trafficking (after the indicator lists used by the field). */
export enum TraffickingIndicator {
  DOCUMENTS_WITHHELD = 'DOCUMENTS_WITHHELD',
  DEBT_BONDAGE = 'DEBT_BONDAGE',
  EARNINGS_TAKEN = 'EARNINGS_TAKEN',
  RESTRICTED_MOVEMENT = 'RESTRICTED_MOVEMENT',
  NO_SAY_OVER_WORK = 'NO_SAY_OVER_WORK',
  THREATS_TO_FAMILY = 'THREATS_TO_FAMILY',
  RECRUITED_BY_DECEPTION = 'RECRUITED_BY_DECEPTION',
  LIVES_AT_WORKPLACE = 'LIVES_AT_WORKPLACE',
}
registerEnumType(TraffickingIndicator, { name: 'TraffickingIndicator' });

export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  ACUTE = 'ACUTE',
}
registerEnumType(RiskLevel, { name: 'RiskLevel' });
