import { resolve } from 'node:path';
import { parseInteger } from '../numbers/strict-numbers.js';
import { readTrustedProxies } from './trusted-proxies.js';

/** Everything the application reads from its environment, validated once at start. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Unset: the app starts its own embedded PostgreSQL in `dataDir/pg`. */
  databaseUrl?: string;
  /** A streaming replica the read-only paths read from (pages, site, open data, figures); unset: the primary. */
  databaseReadUrl?: string;
  dataDir: string;
  embeddedPostgresPort: number;
  publicBaseUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Load the demo territory when the database holds no territory yet. */
  seedDemo: boolean;
  databasePoolSize: number;
  /** Months of page openings' detail (per language, origin, edition) kept besides their daily rollups; older months are dropped whole. */
  countsDetailMonths: number;
  /** Behind a load balancer: take the client address from X-Forwarded-For (for sign-in throttling): from any hop, or only from these addresses and ranges. */
  trustProxy: boolean | string[];
  /**
   * How long a shared HTTP cache in front (the compose file's nginx, a CDN) may keep a tourist page;
   * then each opening is counted by the page's beacon instead of when served. 0: no such cache.
   */
  sharedCacheSeconds: number;
  /** Rendered tourist pages kept in memory (their bodies in every encoding), in bytes; the last good pages are bounded the same. */
  pageCacheBytes: number;
  auth: {
    /** Signs access tokens: the same on every instance. */
    secret: string;
    accessTokenSeconds: number;
    refreshTokenSeconds: number;
    invitationSeconds: number;
    passwordResetSeconds: number;
    /** log2 of scrypt's N for new password hashes (each hash keeps its own parameters). */
    passwordHashCost: number;
  };
  /** smtp(s)://user:password@host:port; unset: links are handed back instead of mailed. */
  smtpUrl?: string;
  mailFrom: string;
  demoPassword: string;
  /** A geocoding service's search endpoint answering GeoJSON as France's national address base (BAN) does; unset: no geocoding. */
  geocoderUrl?: string;
}

/** Only for a developer's machine: production refuses to start without AUTH_SECRET. */
const DEVELOPMENT_SECRET = 'terroir-pass-development-secret-not-for-production';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;

type Env = Record<string, string | undefined>;

/** Reads and validates the configuration; every wrong variable is named in one error. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const value = parseInteger(raw);
    if (value === undefined || value < min || value > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };

  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
      return fallback;
    }
    return raw as T;
  };

  const boolean = (name: string, fallback: boolean): boolean => {
    const raw = read(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };

  const trustedProxies = (): boolean | string[] => {
    const raw = read('TRUST_PROXY');
    if (raw === undefined) return false;
    const trusted = readTrustedProxies(raw);
    if (trusted === undefined) problems.push(`TRUST_PROXY must be true, false or the proxies' addresses and CIDR ranges, comma-separated (got "${raw}")`);
    return trusted ?? false;
  };

  const url = (name: string, protocols: string[]): string | undefined => {
    const raw = read(name);
    if (raw === undefined) return undefined;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) throw new Error('protocol');
      return raw;
    } catch {
      problems.push(`${name} must be a ${protocols.join(' or ')}// URL (got "${redactUrl(raw)}")`);
      return undefined;
    }
  };

  const nodeEnv = oneOf('NODE_ENV', NODE_ENVS, 'development');
  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);
  // The well-known development secret signs nothing that matters: a developer's own machine, a test,
  // or `npm start` on the embedded database. Anything that could face real people needs its own.
  const mayUseDevelopmentSecret = read('NODE_ENV') === undefined ? databaseUrl === undefined : nodeEnv !== 'production';
  const authSecret = (): string => {
    const secret = read('AUTH_SECRET');
    if (secret === undefined) {
      if (!mayUseDevelopmentSecret) {
        problems.push(
          nodeEnv === 'production'
            ? 'AUTH_SECRET must be set in production (at least 32 random characters, e.g. `openssl rand -base64 48`)'
            : 'AUTH_SECRET must be set with DATABASE_URL (at least 32 random characters, e.g. `openssl rand -base64 48`), or NODE_ENV=development for a development database',
        );
      }
      return DEVELOPMENT_SECRET;
    }
    if (secret.length < 32) problems.push('AUTH_SECRET must be at least 32 characters long');
    else if (secret === DEVELOPMENT_SECRET && nodeEnv === 'production') problems.push('AUTH_SECRET must not be the development value in production');
    return secret;
  };
  const port = integer('PORT', 3000, 1, 65535);
  const publicBaseUrl = url('PUBLIC_BASE_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  const config: AppConfig = {
    nodeEnv,
    host: read('HOST') ?? '0.0.0.0',
    port,
    databaseUrl,
    databaseReadUrl: url('DATABASE_READ_URL', ['postgres:', 'postgresql:']),
    dataDir: resolve(read('DATA_DIR') ?? '.data'),
    embeddedPostgresPort: integer('EMBEDDED_PG_PORT', 54329, 1, 65535),
    publicBaseUrl: publicBaseUrl.replace(/\/+$/, ''),
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    // By default only the embedded database of a developer's machine gets the demo territory.
    seedDemo: boolean('SEED_DEMO', nodeEnv !== 'production' && databaseUrl === undefined),
    databasePoolSize: integer('DATABASE_POOL_SIZE', 10, 1, 200),
    countsDetailMonths: integer('COUNTS_DETAIL_MONTHS', 25, 2, 1200),
    trustProxy: trustedProxies(),
    sharedCacheSeconds: integer('SHARED_CACHE_SECONDS', 0, 0, 3600),
    pageCacheBytes: integer('PAGE_CACHE_MB', 32, 1, 4096) * 1024 * 1024,
    auth: {
      secret: authSecret(),
      accessTokenSeconds: integer('ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400),
      refreshTokenSeconds: integer('REFRESH_TOKEN_TTL_SECONDS', 30 * 86_400, 300, 365 * 86_400),
      invitationSeconds: integer('INVITATION_TTL_SECONDS', 7 * 86_400, 300, 90 * 86_400),
      passwordResetSeconds: integer('PASSWORD_RESET_TTL_SECONDS', 3600, 300, 7 * 86_400),
      passwordHashCost: integer('PASSWORD_HASH_COST', 15, 10, 20),
    },
    smtpUrl: url('SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: read('MAIL_FROM') ?? 'Terroir Pass <no-reply@terroir-pass.invalid>',
    demoPassword: read('DEMO_PASSWORD') ?? 'terroir-demo',
    geocoderUrl: url('GEOCODER_URL', ['http:', 'https:']),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Hides the password of a connection URL before it reaches a log or an error. */
export function redactUrl(raw: string): string {
  return raw.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@');
}
