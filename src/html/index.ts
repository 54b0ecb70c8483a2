export { extractHtml, type ExtractHtmlOptions, type HtmlExtraction } from './extract.js';
export { findPublicationDate, type PageDate, type PageDateOptions } from './dates.js';
export { parseDate, isPlausibleDate } from './date-parse.js';
export { extractHtmlBytes } from './page-text.js';
