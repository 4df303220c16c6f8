import { Module } from '@nestjs/common';
import { Throttle } from './throttle.js';

/** The one rate-limit store, shared by every part that throttles (sign-ins, resets, self-service passes). */
@Module({ providers: [Throttle], exports: [Throttle] })
export class ThrottleModule {}
