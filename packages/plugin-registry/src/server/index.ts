/**
 * The registry over `node:http`: the self-hosted server behind `reflekt serve`.
 *
 * @module
 */
export { registryListener } from './listener.js';
export { type RegistryServer, type RegistryServerOptions, startRegistryServer } from './server.js';
