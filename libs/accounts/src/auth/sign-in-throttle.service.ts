import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, TooManyRequests, type AppConfig } from '../../../common/src/index.js';

export const MAX_FAILURES = 5;
export const WINDOW_SECONDS = 60;


/**
 * At most 5 failed sign-ins a minute per account and per address; the window slides, so nobody
 * is locked out for more than a minute. Kept in PostgreSQL so that every instance counts the same;
 * addresses are stored as keyed hashes, never in clear.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  keys(email: string, address: string | undefined): string[] {
    const keys = [`account:${email.trim().toLowerCase()}`];
    if (address) keys.push(`address:${createHmac('sha256', this.config.auth.secret).update(address).digest('hex').slice(0, 32)}`);
    return keys;
  }

  /**
   * Counts this attempt first, then checks: parallel attempts each see the others, so a burst
   * cannot slip past the limit while passwords are being hashed. Answers the attempt's stamp, to
   * take it back if the password was right.
   */
  async attempt(keys: string[]): Promise<string> {
    const [{ stamp }] = await this.dataSource.query(
      `WITH cleared AS (DELETE FROM sign_in_failures WHERE key = ANY($1) AND failed_at < now() - interval '1 hour')
       INSERT INTO sign_in_failures (key) SELECT unnest($1::text[]) RETURNING failed_at::text AS stamp`,
      [keys],
    );
    const rows: { failures: number; oldest: Date }[] = await this.dataSource.query(
      `SELECT count(*)::int AS failures, min(failed_at) AS oldest
         FROM sign_in_failures WHERE key = ANY($1) AND failed_at > now() - make_interval(secs => $2)
        GROUP BY key HAVING count(*) > $3`,
      [keys, WINDOW_SECONDS, MAX_FAILURES],
    );
    if (rows.length > 0) {
      const until = Math.max(...rows.map((row) => new Date(row.oldest).getTime() + WINDOW_SECONDS * 1000));
      const seconds = Math.max(1, Math.ceil((until - Date.now()) / 1000));
      throw new TooManyRequests(`Too many failed sign-ins: try again in ${seconds} s`, seconds);
    }
    return stamp;
  }

  /** A right password: this attempt was no failure, and the account's earlier failures are forgotten. */
  async succeeded(keys: string[], stamp: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_failures WHERE (key = ANY($1) AND failed_at = $2::timestamptz) OR key = $3`, [keys, stamp, keys[0]]);
  }
}
