import type { INestApplicationContext } from '@nestjs/common';
import { MailOutbox, PasswordResetService } from '#accounts';

/** `cli users reset-password`: the link printed, or mailed when there is a mail server. */
export async function resetPasswordCommand(app: INestApplicationContext, options: { email: string }): Promise<number> {
  const { email } = options;
  const link = await app.get(PasswordResetService).linkForEmail(email);
  if (!link) {
    console.error(`No account for ${email}`);
    return 1;
  }
  if (!link.mailed) {
    console.log(`Password-reset link for ${email} (single use, until ${link.expiresAt.toISOString()}):\n${link.url}`);
    return 0;
  }
  // The link waits in the mail outbox; this short-lived process sends it now if the mail server answers.
  const sent = await app.get(MailOutbox).deliverDue();
  console.log(
    sent > 0
      ? `A reset link was e-mailed to ${email}.`
      : `The mail server did not take the reset link for ${email} now: it waits in the mail outbox, and a running API retries it (docs/operations.md).`,
  );
  return 0;
}
