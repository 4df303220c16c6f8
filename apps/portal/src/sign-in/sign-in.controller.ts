import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AcceptInvitationDto,
  AuthService,
  ConfirmPasswordResetDto,
  InvitationsService,
  LoginDto,
  PasswordResetService,
  RequestPasswordResetDto,
  verifyAccessToken,
  type TokenPair,
} from '#accounts';
import { apiErrorOf, APP_CONFIG, type AppConfig, without } from '#common';
import { Public, endSessionCookie, setSessionCookie, signWebSession } from '#web';
import { fieldErrorsOf, validateForm, type FormState } from '../forms/form-errors.js';
import { CurrentVisit, Portal } from '../portal.decorator.js';
import { redirect, safeReturnPath, sendPage } from '../respond.js';
import type { Visit } from '../visit.js';
import { SIGN_IN_MESSAGES } from './sign-in.messages.js';
import { forgotPasswordPage, invitationPage, passwordResetPage, signInPage } from './sign-in.pages.js';

type FormBody = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Signing in and out of the member pages, joining by invitation, choosing a new password. */
@Portal()
@Public()
@Controller('app')
export class SignInController {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
    private readonly passwordReset: PasswordResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('sign-in')
  signInForm(@CurrentVisit() visit: Visit, @Query('next') next: unknown, @Query('done') done: unknown, @Res() reply: FastifyReply) {
    if (visit.actor.isSignedIn) return redirect(reply, safeReturnPath(next));
    const m = SIGN_IN_MESSAGES[visit.lang];
    const notice = done === 'signed-out' ? m.signedOut : done === 'password' ? m.resetDone : done === 'erased' ? m.erased : undefined;
    return sendPage(reply, signInPage(visit, { values: { next: safeReturnPath(next) }, errors: {} }, notice));
  }

  @Post('sign-in')
  async signIn(@CurrentVisit() visit: Visit, @Body() body: FormBody, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const m = SIGN_IN_MESSAGES[visit.lang];
    const values = { email: text(body.email), next: safeReturnPath(body.next) };
    const again = (form: FormState, status: number) => sendPage(reply, signInPage(visit, form), status);
    const checked = await validateForm(LoginDto, { email: values.email.trim(), password: text(body.password) }, visit.lang);
    if (checked.errors) return again({ values, errors: checked.errors }, 400);
    try {
      const pair = await this.auth.login(checked.value.email, checked.value.password, request.ip);
      return this.startSession(reply, pair, values.next);
    } catch (error) {
      const status = apiErrorOf(error).statusCode;
      if (status === 401) return again({ values, errors: { password: m.wrong } }, 401);
      if (status === 403) return again({ values, errors: { email: m.suspended } }, 403);
      throw error;
    }
  }

  @Post('sign-out')
  async signOut(@CurrentVisit() visit: Visit, @Res() reply: FastifyReply) {
    if (visit.sessionId) await this.auth.endSession(visit.sessionId);
    endSessionCookie(reply, this.config);
    return redirect(reply, '/app/sign-in?done=signed-out');
  }

  @Get('invitations/:token')
  invitationForm(@CurrentVisit() visit: Visit, @Res() reply: FastifyReply) {
    return sendPage(reply, invitationPage(visit));
  }

  @Post('invitations/:token')
  async acceptInvitation(
    @CurrentVisit() visit: Visit,
    @Param('token') token: string,
    @Body() body: FormBody,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = { name: text(body.name) };
    const input = { token, password: text(body.password), ...(values.name.trim() ? { name: values.name.trim() } : {}) };
    const checked = await validateForm(AcceptInvitationDto, input, visit.lang);
    if (checked.errors) return sendPage(reply, invitationPage(visit, { values, errors: this.badLinkSaid(checked.errors, visit) }), 400);
    try {
      return this.startSession(reply, await this.invitations.accept(checked.value, request.ip), '/app');
    } catch (error) {
      const errors = fieldErrorsOf(error, visit.lang, 'password');
      if (!errors) throw error;
      return sendPage(reply, invitationPage(visit, { values, errors: this.badLinkSaid(errors, visit) }), 400);
    }
  }

  @Get('forgot-password')
  forgotForm(@CurrentVisit() visit: Visit, @Res() reply: FastifyReply) {
    return sendPage(reply, forgotPasswordPage(visit));
  }

  @Post('forgot-password')
  async forgot(@CurrentVisit() visit: Visit, @Body() body: FormBody, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const values = { email: text(body.email).trim() };
    const checked = await validateForm(RequestPasswordResetDto, values, visit.lang);
    if (checked.errors) return sendPage(reply, forgotPasswordPage(visit, { values, errors: checked.errors }), 400);
    await this.passwordReset.request(checked.value.email, request.ip);
    // The same answer whether the account exists or not.
    return sendPage(reply, forgotPasswordPage(visit, { values: {}, errors: {} }, SIGN_IN_MESSAGES[visit.lang].linkSent));
  }

  @Get('password-reset/:token')
  resetForm(@CurrentVisit() visit: Visit, @Res() reply: FastifyReply) {
    return sendPage(reply, passwordResetPage(visit));
  }

  @Post('password-reset/:token')
  async reset(@CurrentVisit() visit: Visit, @Param('token') token: string, @Body() body: FormBody, @Res() reply: FastifyReply) {
    const checked = await validateForm(ConfirmPasswordResetDto, { token, password: text(body.password) }, visit.lang);
    if (checked.errors) return sendPage(reply, passwordResetPage(visit, { values: {}, errors: this.badLinkSaid(checked.errors, visit) }), 400);
    try {
      await this.passwordReset.confirm(checked.value.token, checked.value.password);
    } catch (error) {
      const errors = fieldErrorsOf(error, visit.lang, 'password');
      if (!errors) throw error;
      return sendPage(reply, passwordResetPage(visit, { values: {}, errors: this.badLinkSaid(errors, visit) }), 400);
    }
    return redirect(reply, '/app/sign-in?done=password');
  }

  /** The same session the API would start, carried by an HttpOnly cookie. */
  private startSession(reply: FastifyReply, pair: TokenPair, next: string) {
    const claims = verifyAccessToken(pair.accessToken, this.config.auth.secret);
    if (!claims) throw new Error('a token just signed does not verify');
    setSessionCookie(reply, signWebSession(claims.sub, claims.sid, this.config), this.config);
    return redirect(reply, next);
  }

  /** A used or expired link is said in words, not as a field the reader cannot see. */
  private badLinkSaid(errors: Record<string, string>, visit: Visit): Record<string, string> {
    if (!errors.token) return errors;
    return { ...without(errors, 'token'), link: SIGN_IN_MESSAGES[visit.lang].badLink };
  }
}
