import { MigrationInterface, QueryRunner } from 'typeorm';
import { LIFE_DOMAIN_PROGRESS_SQL } from './1796410425875-LifeDomainAssessments';
import { EXTERNAL_REFERRAL_COUNTS_SQL } from './1796411849747-ExternalReferrals';

/**
 * The first figure functions for progress and outside-network referrals took any day range and
 * hid only counts under 5: two ranges a day apart gave one day's count back. The figures page
 * reads brug_figures_progress and brug_figures_external (OutreachAndProgressFigures), whose
 * cells go through the one suppression of the figure cube; nothing calls the old ones any more.
 */
export class DropUnsuppressedFigures1796676276914 implements MigrationInterface {
  name = 'DropUnsuppressedFigures1796676276914';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION brug_life_domain_progress(date, date, uuid)`);
    await queryRunner.query(`DROP FUNCTION brug_external_referral_counts(date, date, uuid)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [sql, signature] of [
      [LIFE_DOMAIN_PROGRESS_SQL, 'brug_life_domain_progress(date, date, uuid)'],
      [EXTERNAL_REFERRAL_COUNTS_SQL, 'brug_external_referral_counts(date, date, uuid)'],
    ]) {
      await queryRunner.query(sql);
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO brug_app`);
    }
  }
}
