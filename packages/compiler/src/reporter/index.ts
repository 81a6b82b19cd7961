export { formatGithub } from './github.js';
export { formatSummary, formatText, location, type TextReportOptions } from './text.js';
