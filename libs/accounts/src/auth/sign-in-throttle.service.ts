import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { queryRows, Throttle, type Hit, type Limit, type Rule } from '#database';

const REFUSAL = 'Too many failed sign-ins';

/** Failed sign-ins of one account from one address: a person mistyping, or one machine guessing. */
export const PER_ACCOUNT_AND_ADDRESS: Limit = { max: 5, windowSeconds: 60, refusal: REFUSAL };
/** Failed sign-ins from one address, whatever the accounts: one machine trying many of them. */
export const PER_ADDRESS: Limit = { max: 20, windowSeconds: 60, refusal: REFUSAL };
/** Past this many failures on an account in 15 minutes, it is under a distributed attack… */
export const ACCOUNT_SLOWED_AFTER = 10;
/** …and each address it never signed in from may fail once per 15 minutes… */
export const NEW_ADDRESS_WHILE_SLOWED: Limit = { max: 1, windowSeconds: 900, refusal: REFUSAL };
/** …up to a ceiling for all such addresses together. Addresses it signed in from are never slowed. */
export const ACCOUNT_CEILING: Limit = { max: 100, windowSeconds: 900, refusal: REFUSAL };
/** How long an address the account signed in from stays known. */
export const KNOWN_ADDRESS_DAYS = 90;

export interface SignInAttempt {
  readonly hit: Hit;
  readonly pairKey: string;
  readonly accountKey: string;
}

/**
 * Throttles failed sign-ins without letting anyone lock an owner out: an address is throttled on
 * its own failures, and the many addresses of a distributed attack on an account are slowed to a
 * trickle, never the addresses the owner signed in from before. Only failures count: a refused
 * attempt is taken back, so a client retrying while refused gets in once the window has passed.
 */
@Injectable()
export class SignInThrottle implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: Throttle,
  ) {}

  onModuleInit(): void {
    this.throttle.alsoPurge(() =>
      this.dataSource.query(`DELETE FROM known_sign_in_addresses WHERE last_seen_at < now() - make_interval(days => $1)`, [KNOWN_ADDRESS_DAYS]),
    );
  }

  /**
   * Counts this attempt as a failure first, then checks, one attempt of the same keys at a time: a
   * burst cannot slip past the limit while passwords are being hashed, nor refuse more than it should. The same queries whether
   * the account exists or not: e-mails are only hashed, never looked up here.
   */
  async attempt(email: string, address: string | undefined): Promise<SignInAttempt> {
    const account = email.trim().toLowerCase();
    const from = address ?? 'unknown';
    const accountKey = this.throttle.key('sign-in-account', account);
    const pairKey = this.throttle.key('sign-in-pair', account, from);
    const pair: Rule = { key: pairKey, limit: PER_ACCOUNT_AND_ADDRESS };
    const perAddress = this.throttle.rule(PER_ADDRESS, 'sign-in-address', from);
    const ceiling: Rule = { key: accountKey, limit: ACCOUNT_CEILING };
    const slowed: Rule = { key: pairKey, limit: NEW_ADDRESS_WHILE_SLOWED };

    const known = await this.isKnown(pairKey);
    const rules = [pair, perAddress, ceiling, slowed];
    const hit = await this.throttle.inTurn(
      rules.map((rule) => rule.key),
      async (manager) => {
        const counted = await this.throttle.record(
          rules.map((rule) => ({ key: rule.key, keepSeconds: rule.limit.windowSeconds })),
          manager,
        );
        const [pairMeasure, addressMeasure, ceilingMeasure, slowedMeasure] = await this.throttle.measure(counted, rules, manager);
        const over = [pairMeasure, addressMeasure].filter((measure) => measure.over);
        if (!known) {
          if (ceilingMeasure.over) over.push(ceilingMeasure);
          // This attempt is one of the account's failures: "past 10" counts it too.
          else if (ceilingMeasure.count > ACCOUNT_SLOWED_AFTER && slowedMeasure.over) over.push(slowedMeasure);
        }
        if (over.length > 0) this.throttle.refuse(over);
        return counted;
      },
    );
    return { hit, pairKey, accountKey };
  }

  /** A right password: no failure after all; the address's earlier slips are forgotten and it becomes known to the account. */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    await this.throttle.forgive(attempt.hit);
    await this.throttle.forget([attempt.pairKey]);
    await this.dataSource.query(
      `INSERT INTO known_sign_in_addresses (pair_key, account_key) VALUES ($1, $2)
       ON CONFLICT (pair_key) DO UPDATE SET last_seen_at = now()`,
      [attempt.pairKey, attempt.accountKey],
    );
  }

  /** An erased person: its failures and known addresses go with it. */
  async forgetAccount(manager: EntityManager, email: string): Promise<void> {
    const accountKey = this.throttle.key('sign-in-account', email.trim().toLowerCase());
    await manager.query(`DELETE FROM throttle_events WHERE key = $1`, [accountKey]);
    await manager.query(`DELETE FROM known_sign_in_addresses WHERE account_key = $1`, [accountKey]);
  }

  private async isKnown(pairKey: string): Promise<boolean> {
    const [row] = await queryRows<unknown>(
      this.dataSource,
      `SELECT 1 FROM known_sign_in_addresses WHERE pair_key = $1 AND last_seen_at > now() - make_interval(days => $2)`,
      [pairKey, KNOWN_ADDRESS_DAYS],
    );
    return row !== undefined;
  }
}
