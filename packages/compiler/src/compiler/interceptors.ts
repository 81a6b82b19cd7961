import type { Tap } from 'tapable';
import { ReflektError } from '../diagnostics/reflekt-error.js';
import { isScopable, reportingName, scopeToPlugin } from '../plugin-scope.js';
import type { HookTiming } from './contexts.js';
import { PluginError } from './plugin-error.js';
import { STAGE_POST, STAGE_PRE } from './stages.js';

/** What the interceptors need from the compiler. */
export interface InterceptorHost {
  /** `enforce` of each applied plugin, by plugin name. */
  readonly enforce: ReadonlyMap<string, 'pre' | 'post'>;
  readonly timings: HookTiming[];
  /** Called when a tap ran longer than `slowMs`. */
  onSlow(plugin: string, hook: string, ms: number): void;
  readonly slowMs: number;
}

type AnyFn = (...args: unknown[]) => unknown;

/** A registered tap as tapable hands it to `register` interceptors. */
type FullTap = Tap & { type: 'sync' | 'async' | 'promise'; fn: AnyFn };

/** Passes user-facing errors and already-wrapped errors through; wraps anything else. */
function wrapError(plugin: string, hook: string, error: unknown): unknown {
  if (error instanceof ReflektError || error instanceof PluginError) return error;
  return new PluginError(plugin, hook, error);
}

function scopeArgs(plugin: string, args: unknown[]): unknown[] {
  const name = reportingName(plugin);
  return args.map((a) => (isScopable(a) ? a[scopeToPlugin](name) : a));
}

/**
 * A tapable `register` interceptor: gives each tap a per-plugin view of its arguments, a stage
 * from the plugin's `enforce`, timing, and errors that name the plugin and hook.
 */
export function createRegisterInterceptor(host: InterceptorHost, hook: string): (tap: FullTap) => FullTap {
  return (tap) => {
    const plugin = tap.name;
    const original = tap.fn;
    const enforce = host.enforce.get(plugin);
    const stage = tap.stage ?? (enforce === 'pre' ? STAGE_PRE : enforce === 'post' ? STAGE_POST : undefined);
    const record = (start: number): void => {
      const ms = performance.now() - start;
      host.timings.push({ hook, plugin, ms });
      if (ms > host.slowMs) host.onSlow(plugin, hook, ms);
    };
    let fn: AnyFn;
    if (tap.type === 'sync') {
      fn = (...args) => {
        const start = performance.now();
        try {
          return original(...scopeArgs(plugin, args));
        } catch (error) {
          throw wrapError(plugin, hook, error);
        } finally {
          record(start);
        }
      };
    } else if (tap.type === 'promise') {
      fn = async (...args) => {
        const start = performance.now();
        try {
          return await original(...scopeArgs(plugin, args));
        } catch (error) {
          throw wrapError(plugin, hook, error);
        } finally {
          record(start);
        }
      };
    } else {
      fn = (...args) => {
        const start = performance.now();
        const callback = args.pop() as (error?: unknown, result?: unknown) => void;
        const done = (error?: unknown, result?: unknown): void => {
          record(start);
          callback(error ? wrapError(plugin, hook, error) : error, result);
        };
        try {
          return original(...scopeArgs(plugin, args), done);
        } catch (error) {
          record(start);
          throw wrapError(plugin, hook, error);
        }
      };
    }
    return { ...tap, ...(stage !== undefined && { stage }), fn };
  };
}
