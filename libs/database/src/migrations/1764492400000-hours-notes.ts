import OpeningHours from 'opening_hours';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { queryRows } from '../query-rows.js';

/** The parser as the directory used it on this day: France, for its public holidays. */
const strict = (value: string) => {
  try {
    return new OpeningHours(value, { lat: 46.65, lon: -0.25, address: { country_code: 'fr', state: '' } }).getWarnings().length === 0;
  } catch {
    return false;
  }
};

/**
 * Hours a machine cannot read without guessing ("Vendredi 15h-19h" parses only with warnings, "sur
 * rendez-vous" not at all) were published as machine hours: they become a note for people, each
 * move written in the audit trail (by nobody), so that the count and the producers stay known.
 */
export class HoursNotes1764492400000 implements MigrationInterface {
  name = 'HoursNotes1764492400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE producers ADD COLUMN hours_note text`);
    const rows = await queryRows<{ id: string; hours: string }>(db.manager, `SELECT id, opening_hours AS hours FROM producers WHERE opening_hours IS NOT NULL`);
    const moved = rows.filter((row) => !strict(row.hours)).map((row) => row.id);
    if (moved.length === 0) return;
    await db.query(
      `WITH moved AS (
         UPDATE producers SET hours_note = opening_hours, opening_hours = NULL WHERE id = ANY($1::uuid[])
         RETURNING id, territory_id, hours_note)
       INSERT INTO audit_entries (territory_id, action, entity_type, entity_id, changes)
       SELECT territory_id, 'update', 'producer', id,
              jsonb_build_object('openingHours', jsonb_build_object('from', hours_note, 'to', NULL), 'hoursNote', jsonb_build_object('from', NULL, 'to', hours_note))
         FROM moved`,
      [moved],
    );
  }

  async down(db: QueryRunner): Promise<void> {
    // a note that was hours goes back where it was; the others had no place before
    await db.query(`UPDATE producers SET opening_hours = hours_note WHERE opening_hours IS NULL AND hours_note IS NOT NULL`);
    await db.query(`ALTER TABLE producers DROP COLUMN hours_note`);
  }
}
