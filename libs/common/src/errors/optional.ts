import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but not sent as null: for columns that always hold a value.
 * (class-validator's IsOptional also lets null through, which is right only where null clears a value.)
 */
export const Optional = () => ValidateIf((_object, value) => value !== undefined);
