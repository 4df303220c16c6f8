import { Logger } from '@nestjs/common';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['producers', 'accommodations'] as const;

/**
 * Phones were stored as typed ("05 49 64 20 18", "05.49.64.20.18", "+33 5…"); they are now stored
 * in E.164 and shown in the reader's format. Each stored phone that reads as one valid number
 * (French unless it says its country) is rewritten; the others (two numbers in one field, a
 * number too short) are left as they are, and counted in the log for a person to look at.
 */
export class PhonesE1641764492300000 implements MigrationInterface {
  name = 'PhonesE1641764492300000';

  async up(db: QueryRunner): Promise<void> {
    const logger = new Logger('Migrations');
    for (const table of TABLES) {
      const rows = (await db.query(`SELECT id, phone FROM ${table} WHERE phone IS NOT NULL`)) as { id: string; phone: string }[];
      const ids: string[] = [];
      const phones: string[] = [];
      let unreadable = 0;
      for (const { id, phone } of rows) {
        const parsed = parsePhoneNumberFromString(phone, 'FR');
        if (!parsed?.isValid()) unreadable++;
        else if (parsed.number !== phone) {
          ids.push(id);
          phones.push(parsed.number);
        }
      }
      if (ids.length > 0)
        await db.query(`UPDATE ${table} t SET phone = u.phone FROM unnest($1::uuid[], $2::text[]) AS u(id, phone) WHERE t.id = u.id`, [ids, phones]);
      if (rows.length > 0) logger.log(`${table}: ${ids.length} phone(s) rewritten in E.164, ${unreadable} left as typed (not one valid number)`);
    }
  }

  // The numbers stay the same numbers: E.164 is as valid a value as the typed one was, so going back changes nothing.
  async down(): Promise<void> {}
}
