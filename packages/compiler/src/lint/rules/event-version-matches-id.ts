import { formatVersion } from '../../ir/plan.js';
import { fieldLocation, isReflektDocument } from '../locate.js';
import type { EventRule } from '../types.js';
import { example } from './example.js';

const EXTENSION = /\.(json|ya?ml)$/i;

/** `event-version-matches-id` (N4): `self.version` is the file name of the schema id (`1-0.json`). */
export const eventVersionMatchesId: EventRule<'RK2004'> = {
  id: 'event-version-matches-id',
  code: 'RK2004',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'event',
  docs: {
    summary: 'The schema file name is its version.',
    why: 'Versions are found by file name (`1-0.json`, `2-0.json`); a `self.version` that disagrees makes breaking-change checks and the registry pick the wrong schema.',
    fix: 'Set `self.version` to the file name, or rename the file (and `$id`) to the version.',
    ok: example({ id: 'shop/Order_Completed/2-0.json', name: 'Order Completed', version: '2-0' }),
    notOk: example({ id: 'shop/Order_Completed/1-0.json', name: 'Order Completed', version: '1-1' }),
  },
  check(event, ctx) {
    if (!isReflektDocument(event)) return;
    const file = event.id.slice(event.id.lastIndexOf('/') + 1);
    const expected = file.replace(EXTENSION, '');
    const written = ctx.documents.self(event.source.file)?.version;
    const version = typeof written === 'string' ? written : formatVersion(event.version);
    if (version !== expected) ctx.report({ version, id: event.id, expected }, fieldLocation(event, 'version'));
  },
};
