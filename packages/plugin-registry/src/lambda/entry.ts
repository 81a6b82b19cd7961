/**
 * The Lambda entry `reflekt build` bundles into `handler.mjs`: its `handler` export is what the
 * function runs (`Handler: handler.handler`). Settings come from the environment the template
 * sets; validators come from the virtual module the bundler fills when `embedSchemas` is on.
 */
import embedded from 'reflekt-registry:embedded';
import { createLambdaHandler } from './handler.js';

/** The function's handler (Function URL and API Gateway HTTP API, payload formats 1.0 and 2.0). */
export const handler = createLambdaHandler({ env: process.env, embedded });
