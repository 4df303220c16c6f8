import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, redactUrl } from './app-config.js';

describe('configuration', () => {
  it('has defaults that start the embedded database with the demo', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, nodeEnv: 'development', databaseUrl: undefined, seedDemo: true, publicBaseUrl: 'http://localhost:3000' });
  });

  it('geocodes nothing unless GEOCODER_URL names an http(s) endpoint', () => {
    expect(loadConfig({}).geocoderUrl).toBeUndefined();
    expect(loadConfig({ GEOCODER_URL: 'https://api-adresse.data.gouv.fr/search/' }).geocoderUrl).toBe('https://api-adresse.data.gouv.fr/search/');
    expect(() => loadConfig({ GEOCODER_URL: 'api-adresse.data.gouv.fr' })).toThrow(/GEOCODER_URL must be a http: or https:\/\/ URL/);
  });

  it('reads from a replica only when DATABASE_READ_URL names a PostgreSQL one, never showing its password', () => {
    expect(loadConfig({}).databaseReadUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_READ_URL: 'postgres://u:p@replica/terroir' }).databaseReadUrl).toBe('postgres://u:p@replica/terroir');
    expect(() => loadConfig({ DATABASE_READ_URL: 'mysql://u:secret@replica/terroir' })).toThrow(/DATABASE_READ_URL must be a postgres: or postgresql:\/\/ URL/);
    expect(() => loadConfig({ DATABASE_READ_URL: 'mysql://u:secret@replica/terroir' })).not.toThrow(/secret/);
  });

  it('never loads the demo by default in production or on a real database', () => {
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db/terroir', AUTH_SECRET: 'x'.repeat(32) }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db/terroir', NODE_ENV: 'development' }).seedDemo).toBe(false);
  });

  it('names every wrong variable in one error, without leaking a password', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://root:secret@db/x', LOG_LEVEL: 'chatty', SEED_DEMO: 'perhaps' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'SEED_DEMO']) expect(message).toContain(name);
      expect(message).not.toContain('secret');
    }
  });

  it('reads only decimal digits as an integer: hexadecimal, exponents and fractions stop the start naming the variable', () => {
    for (const written of ['0x10', '1e3', '3000.0', '0b1', '+3000']) {
      expect(() => loadConfig({ PORT: written }), written).toThrow(`PORT must be an integer between 1 and 65535 (got "${written}")`);
    }
    expect(loadConfig({ PORT: '08080' }).port).toBe(8080);
  });

  it('refuses to start in production without a real AUTH_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET must be set in production/);
    expect(() => loadConfig({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET must be at least 32 characters/);
    const developmentSecret = loadConfig({}).auth.secret;
    expect(developmentSecret.length).toBeGreaterThanOrEqual(32);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: developmentSecret })).toThrow(/must not be the development value in production/);
  });

  it('uses the development secret only on a development machine: NODE_ENV development or test, or unset on the embedded database', () => {
    for (const env of [{}, { NODE_ENV: 'development' }, { NODE_ENV: 'test' }, { NODE_ENV: 'test', DATABASE_URL: 'postgres://u:p@db/terroir' }]) {
      expect(() => loadConfig(env), JSON.stringify(env)).not.toThrow();
    }
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:p@db/terroir' })).toThrow(/AUTH_SECRET must be set with DATABASE_URL/);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db/terroir', AUTH_SECRET: 'y'.repeat(32) }).auth.secret).toBe('y'.repeat(32));
  });

  it('npm run start:prod runs in production, where a missing secret stops the start', async () => {
    const { readFile } = await import('node:fs/promises');
    const scripts = JSON.parse(await readFile('package.json', 'utf8')).scripts as Record<string, string>;
    // (the heap's bound before it: test/operations/heap-bound.e2e-spec.ts)
    expect(scripts['start:prod']).toMatch(/^NODE_ENV=\$\{NODE_ENV:-production\} (NODE_OPTIONS=\S+ )?exec node /);
  });

  it('redacts passwords in connection URLs', () => {
    expect(redactUrl('postgres://terroir:hunter2@db:5432/terroir')).toBe('postgres://terroir:***@db:5432/terroir');
  });
});
