import OpeningHours from 'opening_hours';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** French holidays are known to the parser through the country code (for "PH off"). */
const FRANCE = { lat: 46.65, lon: -0.25, address: { country_code: 'fr', state: '' } };

export function parseOpeningHours(value: string): OpeningHours {
  return new OpeningHours(value, FRANCE);
}

/** The reason an OpenStreetMap opening_hours value is wrong, or undefined when it is right. */
export function openingHoursProblem(value: string): string | undefined {
  try {
    parseOpeningHours(value);
    return undefined;
  } catch (error) {
    return String(error).split('\n')[0].slice(0, 200);
  }
}

export function IsOpeningHours(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isOpeningHours',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must use the OpenStreetMap opening_hours syntax, e.g. "Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00"`,
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && openingHoursProblem(value) === undefined },
    });
}
