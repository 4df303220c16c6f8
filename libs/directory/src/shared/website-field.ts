import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { isURL, registerDecorator } from 'class-validator';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// a host name with at least one dot, then a path, a query or a port: what people type for a site
const HOST_FIRST = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[/?#:].*)?$/u;

/** A web address as people type it: `www.lanatural.fr` or `lanatural.fr/boutique` get `https://` (never fetched). */
export function completeWebsite(typed: string): { value: string; completed: boolean } {
  const value = typed.trim();
  if (SCHEME.test(value) || !HOST_FIRST.test(value)) return { value, completed: false };
  const completed = `https://${value}`;
  return isURL(completed, URL_OPTIONS) ? { value: completed, completed: true } : { value, completed: false };
}

/** An http(s) address a browser can open. */
export function isWebsite(value: string): boolean {
  return isURL(value, URL_OPTIONS);
}

/** A website field of the API and the member forms: completed as above, then checked, quoting what was typed when it is no address. */
export function WebsiteField(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? completeWebsite(value).value : value)),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isUrl',
        target: target.constructor,
        propertyName: String(propertyName),
        options: {
          message: ({ property, value }) =>
            `${property} must be a web address such as https://chemin-creux.fr (found ${JSON.stringify(String(value).slice(0, 60))})`,
        },
        validator: { validate: (value: unknown) => typeof value === 'string' && isWebsite(value) },
      }),
  );
}
