import type { Command } from 'commander';

/** How every command's --help ends: what to type, as the README writes it. */
export function withExamples(command: Command, ...examples: string[]): Command {
  return command.addHelpText('after', `\nExample${examples.length > 1 ? 's' : ''}:\n${examples.map((line) => `  ${line}`).join('\n')}`);
}
