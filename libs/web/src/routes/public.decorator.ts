import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'terroir:public';

/** The route answers people who are not signed in (what they see is decided by the service). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
