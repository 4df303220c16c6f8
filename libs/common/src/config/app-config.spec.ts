import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, redactUrl } from './app-config.js';

describe('configuration', () => {
  it('has defaults that start the embedded database with the demo', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, nodeEnv: 'development', databaseUrl: undefined, seedDemo: true, publicBaseUrl: 'http://localhost:3000' });
  });

  it('never loads the demo by default in production or on a real database', () => {
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db/terroir', AUTH_SECRET: 'x'.repeat(32) }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db/terroir' }).seedDemo).toBe(false);
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

  it('refuses to start in production without a real AUTH_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET must be set in production/);
    expect(() => loadConfig({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET must be at least 32 characters/);
    expect(loadConfig({}).auth.secret.length).toBeGreaterThanOrEqual(32);
  });

  it('redacts passwords in connection URLs', () => {
    expect(redactUrl('postgres://terroir:hunter2@db:5432/terroir')).toBe('postgres://terroir:***@db:5432/terroir');
  });
});
