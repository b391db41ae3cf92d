export { ReferralWizardPage } from '../modules/referrals/ReferralWizard';
