import { lintPlan } from '../lint/index.js';
import { loadLocalPlan } from '../loaders/index.js';
import type { ReflektPlugin } from '../plugin.js';
import { STAGE_CORE_LINT, STAGE_LOAD_LOCAL } from './stages.js';

/** The plugins every compiler applies first: local loaders, core lint rules, optional IR output. */
export function builtinPlugins(): ReflektPlugin[] {
  return [
    {
      name: 'reflekt:loaders',
      apply(compiler) {
        compiler.hooks.load.tapPromise({ name: 'reflekt:loaders', stage: STAGE_LOAD_LOCAL }, (ctx) => loadLocalPlan(ctx));
      },
    },
    {
      name: 'reflekt:lint',
      apply(compiler) {
        compiler.hooks.validate.tapPromise({ name: 'reflekt:lint', stage: STAGE_CORE_LINT }, (plan, diagnostics) =>
          lintPlan(plan, { diagnostics, config: compiler.config, sources: compiler.sources }),
        );
      },
    },
    {
      name: 'reflekt:ir',
      apply(compiler) {
        compiler.hooks.emit.tap('reflekt:ir', (ctx) => {
          if (ctx.config.emitIr) ctx.emitFile('ir.json', `${JSON.stringify(ctx.plan, null, 2)}\n`);
        });
      },
    },
  ];
}
