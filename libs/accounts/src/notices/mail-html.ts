/** Text put inside a mail's HTML part: mails are built as strings, far from the pages' html`` templates. */
export const escapeMailHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
