export { SourceFiles } from './source-files.js';
