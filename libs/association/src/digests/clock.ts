import { Injectable } from '@nestjs/common';

/** What time it is, for the scheduled sends: a test sets Monday morning instead of waiting for it. */
export abstract class Clock {
  abstract now(): Date;
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
