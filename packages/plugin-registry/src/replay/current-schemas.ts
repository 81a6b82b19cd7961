/** The parts of `manifest.json` replay reads. */
interface ManifestLike {
  readonly schemas?: Readonly<Record<string, { readonly kind?: string; readonly name?: string; readonly version?: string }>>;
}

/** `1-1` > `1-0`, `2-0` > `1-9`, `1-0-1` > `1-0`: numeric comparison part by part. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('-').map(Number);
  const pb = b.split('-').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Schema id → the id of the newest version of the same event in the manifest: events
 * dead-lettered under `shop/Order_Completed/1-0.json` are re-validated against `…/1-1.json` once
 * that is published. Ids the manifest does not list map to themselves (a schema published since
 * is then found under its own id).
 */
export function currentVersions(manifestText: string | undefined): (id: string) => string {
  if (manifestText === undefined) return (id) => id;
  const manifest = JSON.parse(manifestText) as ManifestLike;
  const entries = Object.entries(manifest.schemas ?? {});
  const newest = new Map<string, { id: string; version: string }>();
  const familyOf = new Map<string, string>();
  for (const [id, entry] of entries) {
    const family = `${entry.kind ?? ''}\u0000${entry.name ?? id}`;
    familyOf.set(id, family);
    const best = newest.get(family);
    const version = entry.version ?? '0';
    if (!best || compareVersions(version, best.version) > 0) newest.set(family, { id, version });
  }
  return (id) => {
    const family = familyOf.get(id);
    return family === undefined ? id : (newest.get(family)?.id ?? id);
  };
}
