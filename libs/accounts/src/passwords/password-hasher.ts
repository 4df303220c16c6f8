import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '#common';

const KEY_LENGTH = 64;

interface ScryptParameters {
  N: number;
  r: number;
  p: number;
}

function derive(password: string, salt: Buffer, params: ScryptParameters): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/**
 * Passwords hashed with scrypt, N = 2^PASSWORD_HASH_COST (2^15 by default: 32 MiB and ~50 ms per
 * hash, above OWASP's minimum), r = 8, p = 1, stored as "scrypt$N$r$p$salt$hash": the parameters
 * travel with each hash, so the cost can be raised later and older hashes still verify.
 */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  private readonly parameters: ScryptParameters;
  /** A hash of a random password, to spend the same time on unknown e-mails as on known ones. */
  private dummy?: Promise<string>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.parameters = { N: 2 ** config.auth.passwordHashCost, r: 8, p: 1 };
  }

  onModuleInit(): void {
    this.dummy = this.hash(randomBytes(16).toString('hex'));
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await derive(password, salt, this.parameters);
    const { N, r, p } = this.parameters;
    return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const [scheme, n, r, p, salt, hash] = stored.split('$');
    if (scheme !== 'scrypt' || !hash) return false;
    const expected = Buffer.from(hash, 'base64url');
    const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
    return key.length === expected.length && timingSafeEqual(key, expected);
  }

  /** The same work as `verify` against a known person's hash, for a sign-in whose e-mail is nobody's. */
  async verifyNobody(password: string): Promise<false> {
    this.dummy ??= this.hash(randomBytes(16).toString('hex'));
    await this.verify(password, await this.dummy);
    return false;
  }
}
