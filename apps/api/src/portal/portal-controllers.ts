import { AccountController } from './account/account.controller.js';
import { FiguresPagesController } from './figures/figures.controller.js';
import { HomeController } from './home/home.controller.js';
import { SignInController } from './sign-in/sign-in.controller.js';

/** Every controller of the member pages (registered by the AppModule). */
export const PORTAL_CONTROLLERS = [SignInController, HomeController, FiguresPagesController, AccountController];
