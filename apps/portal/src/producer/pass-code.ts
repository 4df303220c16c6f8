import { SHORT_CODE_PATTERN } from '#directory';

/** A pass code as typed or pasted: "K7M3 P9QA-2X", or the whole address of the pass page; undefined when it cannot be one. */
export function passCodeOf(typed: string): string | undefined {
  const code = (typed.split('/').filter(Boolean).at(-1) ?? '').replace(/[\s-]/g, '').toLowerCase();
  return SHORT_CODE_PATTERN.test(code) ? code : undefined;
}
