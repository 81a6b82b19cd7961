/**
 * Named tap stages (tapable: lower runs earlier). Plugins with `enforce: 'pre'|'post'` get
 * {@link STAGE_PRE}/{@link STAGE_POST} on taps that set no stage themselves.
 */
export const STAGE_PRE = -100;
/** The stage of a tap that sets none. */
export const STAGE_NORMAL = 0;
/** After every normal tap. */
export const STAGE_POST = 100;
/** Built-in loaders read the local plan before source plugins add to it. */
export const STAGE_LOAD_LOCAL = -200;
/** Built-in lint rules run before plugin validators, so their findings come first. */
export const STAGE_CORE_LINT = -200;
