export { html, raw, escapeHtml, SafeHtml } from './html.js';
export { negotiateLanguage, setLanguageCookie } from './language.js';
export { numberFormat, dateFormat, dateTime, offerValue, distance, validity, openingLine } from './reader-format.js';
export { sendPdf, sendPdfBody } from './send-pdf.js';
export { sendCsv } from './send-csv.js';
export { Public, IS_PUBLIC } from './routes/public.decorator.js';
export { CurrentActor, type RequestWithActor } from './routes/current-actor.decorator.js';
export * from './session/web-session.js';
export * from './session/csrf.js';
