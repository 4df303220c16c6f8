import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * New pass and producer codes end in a check character (libs/directory/src/shared/check-character.ts:
 * weights 3^k modulo 31 over the alphabet, the whole summing to 1), so that a code copied by hand
 * and typed with a slip is refused instead of crediting another pass. Passes keep their 10 random
 * characters (11 with the check), producers their 8 (9). Codes already drawn are left as they are:
 * QR codes and cards already printed stay valid.
 */
export class CheckCharacters1764493800000 implements MigrationInterface {
  name = 'CheckCharacters1764493800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION tp_checked_code(random_length integer) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        alphabet constant text := '23456789abcdefghjkmnpqrstuvwxyz';
        body constant text := tp_short_code(random_length);
        total integer := 0;
      BEGIN
        FOR i IN 1 .. length(body) LOOP
          total := (total * 3 + strpos(alphabet, substr(body, i, 1)) - 1) % 31;
        END LOOP;
        RETURN body || substr(alphabet, 1 + ((1 - total * 3) % 31 + 31) % 31, 1);
      END $$;

      ALTER TABLE passes ALTER COLUMN code SET DEFAULT tp_checked_code(10);
      ALTER TABLE producers ALTER COLUMN code SET DEFAULT tp_checked_code(8);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE producers ALTER COLUMN code SET DEFAULT tp_short_code(8);
      ALTER TABLE passes ALTER COLUMN code SET DEFAULT tp_short_code(10);
      DROP FUNCTION tp_checked_code(integer);
    `);
  }
}
