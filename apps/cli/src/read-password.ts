import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** Where a command that sets a password reads it: never from its arguments, which shell history and `ps` show. */
export const PASSWORD_VARIABLE = 'ADMIN_PASSWORD';

export class PasswordPromptFailed extends Error {}

/**
 * One line typed at the terminal without echo: readline reads and edits the line as usual, but
 * nothing it draws (the characters, the redraws after a backspace) reaches the screen, only the
 * prompt, drawn once the question waits for its answer. Ctrl-C or Ctrl-D rejects with `PasswordPromptFailed`.
 */
export function promptHidden(question: string, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<string> {
  const nowhere = new Writable({ write: (_chunk, _encoding, done) => done() });
  const line = createInterface({ input, output: nowhere, terminal: true, historySize: 0 });
  return new Promise((resolve, reject) => {
    let answered = false;
    line.on('SIGINT', () => line.close());
    line.on('close', () => {
      output.write('\n');
      if (!answered) reject(new PasswordPromptFailed('no password typed'));
    });
    line.question('', (answer) => {
      answered = true;
      line.close();
      resolve(answer);
    });
    output.write(question);
  });
}

/**
 * The password from the environment, else typed twice at a hidden prompt when a person is at the
 * terminal; undefined when neither can be (a script without the variable).
 */
export async function readNewPassword(
  fromEnvironment: string | undefined,
  terminal: { input: NodeJS.ReadableStream & { isTTY?: boolean }; output: NodeJS.WritableStream } = { input: process.stdin, output: process.stderr },
): Promise<string | undefined> {
  if (fromEnvironment) return fromEnvironment;
  if (!terminal.input.isTTY) return undefined;
  const password = await promptHidden('Password: ', terminal.input, terminal.output);
  const again = await promptHidden('The same password again: ', terminal.input, terminal.output);
  if (password !== again) throw new PasswordPromptFailed('the two passwords differ');
  return password;
}
