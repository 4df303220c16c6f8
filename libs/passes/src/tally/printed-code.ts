/** Characters of a pass code as printed on new passes and cards (10 random and a check): the tally sheet draws a box for each. */
export const PRINTED_PASS_CODE_LENGTH = 11;
