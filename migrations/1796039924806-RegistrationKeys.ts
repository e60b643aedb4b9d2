import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistrationKeys1796039924806 implements MigrationInterface {
  name = 'RegistrationKeys1796039924806';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."employer_registration"`);
    await queryRunner.query(`ALTER TABLE "employer" ADD "registration_key" character varying(64)`);
    // The key of src/employers/registration-number.ts, in SQL (registers number in ASCII, where both agree).
    await queryRunner.query(
      `UPDATE "employer" SET "registration_key" = upper(translate(normalize(trim("registration_number"), NFKC), ' ./-', ''))`,
    );
    // Organisations registered twice under spellings of one number must be merged by hand first.
    await queryRunner.query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM "employer" GROUP BY "member_state", "registration_key" HAVING count(*) > 1) THEN
        RAISE EXCEPTION 'Several employers share a registration number once case and separators are ignored: see SELECT member_state, registration_key, count(*) FROM employer GROUP BY 1, 2 HAVING count(*) > 1';
      END IF;
    END $$`);
    await queryRunner.query(`ALTER TABLE "employer" ALTER COLUMN "registration_key" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "employer_registration_key" ON "employer"  ("member_state", "registration_key") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."employer_registration_key"`);
    await queryRunner.query(`ALTER TABLE "employer" DROP COLUMN "registration_key"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "employer_registration" ON "employer" USING btree ("member_state", "registration_number") `);
  }
}
