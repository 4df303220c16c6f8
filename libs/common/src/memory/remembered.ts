import { RecentMap } from './recent-map.js';

/** Longer inputs are computed each time: a header padded to kilobytes is someone's test, not a phone. */
const LONGEST_REMEMBERED = 256;

/**
 * `compute` with its answers kept for the `capacity` inputs seen most recently: request headers
 * such as Accept-Language repeat from phone to phone, and are parsed once rather than per request.
 * `compute` must depend on its input alone.
 */
export function remembered<T>(compute: (input: string) => T, capacity = 256): (input: string) => T {
  const answers = new RecentMap<string, { answer: T }>(capacity);
  return (input) => {
    if (input.length > LONGEST_REMEMBERED) return compute(input);
    const known = answers.get(input);
    if (known) return known.answer;
    const answer = compute(input);
    answers.set(input, { answer });
    return answer;
  };
}
