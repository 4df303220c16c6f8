import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PasswordPromptFailed, readNewPassword } from './read-password.js';

/** A terminal whose person types each answer once its prompt has been drawn; what reaches the screen is kept. */
function terminal(answers: string[]) {
  const input = Object.assign(new PassThrough(), { isTTY: true });
  let screen = '';
  let prompts = 0;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      screen += chunk.toString();
      const drawn = screen.split(/Password: |again: /).length - 1;
      while (prompts < drawn && prompts < answers.length) input.write(answers[prompts++]);
      done();
    },
  });
  return { terminal: { input, output }, screen: () => screen };
}

describe('the new password of cli users create-admin', () => {
  it('comes from the environment when it is set, without asking', async () => {
    const { terminal: tty, screen } = terminal([]);
    expect(await readNewPassword('from-the-environment', tty)).toBe('from-the-environment');
    expect(screen()).toBe('');
  });

  it('is typed twice at the terminal and never shown', async () => {
    const { terminal: tty, screen } = terminal(['typed-in-secret\r', 'typed-in-secret\r']);
    expect(await readNewPassword(undefined, tty)).toBe('typed-in-secret');
    expect(screen()).toContain('Password: ');
    expect(screen()).toContain('The same password again: ');
    expect(screen()).not.toContain('typed');
  });

  it('is refused when the two differ, and when Ctrl-C ends the prompt', async () => {
    await expect(readNewPassword(undefined, terminal(['one-secret-pass\r', 'another-secret\r']).terminal)).rejects.toThrow(PasswordPromptFailed);
    await expect(readNewPassword(undefined, terminal(['half\x03']).terminal)).rejects.toThrow('no password typed');
  });

  it('is missing in a script without the variable: nobody is there to type it', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: false });
    expect(await readNewPassword(undefined, { input, output: new PassThrough() })).toBeUndefined();
  });
});
