import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, createLogger, type AppConfig } from '#common';
import { AuditModule } from '#audit';
import { DirectoryModule } from '#directory';
import { ThrottleModule } from '#database';
import { ActorLoader } from './auth/actor-loader.service.js';
import { AuthService } from './auth/auth.service.js';
import { PasswordResetService } from './auth/password-reset.service.js';
import { SignInThrottle } from './auth/sign-in-throttle.service.js';
import { InvitationsService } from './invitations/invitations.service.js';
import { JoinRequestsQueries } from './join-requests/join-requests.queries.js';
import { JoinRequestsService } from './join-requests/join-requests.service.js';
import { MailOutbox } from './mail/mail-outbox.js';
import { MailOutboxWorker } from './mail/mail-outbox.worker.js';
import { MailSender, NoMailSender, SmtpMailSender } from './mail/mail-sender.js';
import { MembersService } from './members/members.service.js';
import { NoticeInbox } from './notices/notice-inbox.service.js';
import { NoticePreferences } from './notices/notice-preferences.service.js';
import { Notices } from './notices/notices.service.js';
import { UnsubscribeTokens } from './notices/unsubscribe-tokens.js';
import { Membership } from './memberships/membership.entity.js';
import { OneTimeLinks } from './tokens/one-time-links.service.js';
import { OneTimeToken } from './tokens/one-time-token.entity.js';
import { RefreshToken } from './tokens/refresh-token.entity.js';
import { User } from './users/user.entity.js';
import { PasswordHasher } from './passwords/password-hasher.js';
import { PrivacyService } from './privacy/privacy.service.js';
import { UsersService } from './users/users.service.js';

/** People, sign-in, invitations, memberships. */
@Module({
  imports: [TypeOrmModule.forFeature([User, Membership, RefreshToken, OneTimeToken]), DirectoryModule, AuditModule, ThrottleModule],
  providers: [
    {
      provide: MailSender,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.smtpUrl ? new SmtpMailSender(config.smtpUrl, config.mailFrom, createLogger(config.logLevel)) : new NoMailSender(),
    },
    ActorLoader,
    PasswordHasher,
    AuthService,
    SignInThrottle,
    MailOutbox,
    MailOutboxWorker,
    OneTimeLinks,
    MembersService,
    InvitationsService,
    JoinRequestsQueries,
    JoinRequestsService,
    PasswordResetService,
    UsersService,
    PrivacyService,
    UnsubscribeTokens,
    Notices,
    NoticeInbox,
    NoticePreferences,
  ],
  exports: [
    MailOutbox,
    Notices,
    NoticeInbox,
    NoticePreferences,
    UnsubscribeTokens,
    ActorLoader,
    AuthService,
    MembersService,
    InvitationsService,
    JoinRequestsService,
    PasswordResetService,
    UsersService,
    PrivacyService,
  ],
})
export class AccountsModule {}
