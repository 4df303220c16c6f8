import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/api-process.js';
import { compileSources } from '../support/compiled-sources.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const COMMANDS = ['migrate', 'seed', 'users', 'brochures', 'import', 'export', 'backup', 'restore'];

describe('the command line: help for every command, mistakes named, no password among the arguments', () => {
  let compiled: Awaited<ReturnType<typeof compileSources>>;
  let t: TestApp;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(compiled.folder, args, env);

  beforeAll(async () => {
    [compiled, t] = await Promise.all([compileSources(), startTestApp()]);
    env = { DATABASE_URL: t.databaseUrl, NODE_ENV: 'development', PASSWORD_HASH_COST: '10', LOG_LEVEL: 'silent' };
  });
  afterAll(async () => {
    await t?.close();
    await compiled?.remove();
  });

  it('lists every command under --help, and shows a command’s arguments, options and an example under its own', async () => {
    const [program, importHelp] = await Promise.all([cli('--help'), cli('import', '--help')]);

    expect(program.code).toBe(0);
    for (const command of COMMANDS) expect(program.output).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(importHelp.code).toBe(0);
    expect(importHelp.output).toContain('Usage: cli import [options] <kind>');
    // help is wrapped to the terminal's width
    expect(importHelp.output.replace(/\s+/g, ' ')).toContain('choices: "producers", "accommodations"');
    for (const option of ['--territory <id|slug>', '--file <file>', '--dry-run']) expect(importHelp.output).toContain(option);
    expect(importHelp.output).toContain('npm run cli -- import producers --territory gatine --file producteurs.xlsx');
  });

  it('exits 2 on an unknown command or option, naming it and the nearest right one', async () => {
    const [command, option] = await Promise.all([cli('exprot', 'producers'), cli('export', 'producers', '--territory', 'gatine', '--delimeter', 'comma')]);

    expect(command.code).toBe(2);
    expect(command.output).toContain("error: unknown command 'exprot'\n(Did you mean export?)");
    expect(option.code).toBe(2);
    expect(option.output).toContain("error: unknown option '--delimeter'\n(Did you mean --delimiter?)");
  });

  it('refuses a password given as an argument, without repeating it, and asks for ADMIN_PASSWORD when nobody can type one', async () => {
    const [flag, none] = await Promise.all([
      cli('users', 'create-admin', '--email', 'chief@cli.test', '--password', 'seen-in-ps-output'),
      cli('users', 'create-admin', '--email', 'chief@cli.test'),
    ]);

    expect(flag.code).toBe(2);
    expect(flag.output).toContain('--password is refused');
    expect(flag.output).toContain('ADMIN_PASSWORD');
    expect(flag.output).not.toContain('seen-in-ps-output');
    expect(none.code).toBe(2);
    expect(none.output).toContain('set ADMIN_PASSWORD, or run the command in a terminal');
  });

  it('creates the platform admin with the password from ADMIN_PASSWORD, who then signs in with it', { timeout: 90_000 }, async () => {
    const created = await runCli(compiled.folder, ['users', 'create-admin', '--email', 'chief@cli.test'], { ...env, ADMIN_PASSWORD: 'from-the-environment' });

    expect(created.code, created.output).toBe(0);
    expect(created.output).toContain('Platform admin chief@cli.test created.');
    const me = await t.as(await t.signIn('chief@cli.test', 'from-the-environment')).get('/api/v1/me');
    expect(me.body).toMatchObject({ email: 'chief@cli.test', isPlatformAdmin: true });
  });
});
