/** An exception a plugin threw inside a hook, wrapped so the report names both. */
export class PluginError extends Error {
  readonly plugin: string;
  readonly hook: string;

  constructor(plugin: string, hook: string, cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`Plugin "${plugin}" failed in hook "${hook}": ${detail}`, { cause });
    this.name = 'PluginError';
    this.plugin = plugin;
    this.hook = hook;
  }
}
