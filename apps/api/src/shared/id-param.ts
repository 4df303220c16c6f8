import { Param, ParseUUIDPipe } from '@nestjs/common';
import { invalidField } from '#common';

/** The `:id` path parameter, a UUID; anything else is a 400 naming `id`. */
export const IdParam = () => Param('id', new ParseUUIDPipe({ exceptionFactory: () => invalidField('id', 'id must be a UUID') }));
