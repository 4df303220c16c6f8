import type { Actor } from '#common';

/** The languages of the members' pages. */
export type PortalLanguage = 'fr' | 'en';

/** One request to the members' pages: who, in which language, and the token its forms must carry. */
export interface Visit {
  actor: Actor;
  lang: PortalLanguage;
  csrf: string;
  /** The path asked for, without its query: where forms post back and where sign-in returns. */
  path: string;
  sessionId?: string;
  /** The signed-in reader's unread messages, shown beside "Messages" in every page's menu. */
  unread?: number;
}
