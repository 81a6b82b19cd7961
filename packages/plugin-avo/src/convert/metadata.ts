import type { JsonValue } from '@reflekt/compiler';
import { type AvoEvent, type AvoExport, isObject } from '../avo-model.js';

/** `Owner: Payments` → key and value; the value may not start with `//`, so URLs stay plain tags. */
const KEY_VALUE_TAG = /^\s*([^:]*[^:\s])\s*:\s*(?!\/\/)(\S.*?)\s*$/;

type Metadata = Record<string, JsonValue>;

/** Adds `value` under `key`; a key seen twice collects its values in a list instead of losing one. */
function add(metadata: Metadata, key: string, value: string): void {
  const existing = metadata[key];
  if (existing === undefined) metadata[key] = value;
  else if (Array.isArray(existing)) metadata[key] = existing.includes(value) ? existing : [...existing, value];
  else if (existing !== value) metadata[key] = [existing, value];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * `self.metadata` of a pulled event, keys sorted:
 * - tags written `key: value` become `key` → `value` (a repeated key collects a list); other tags
 *   are listed under `tags`;
 * - categories are listed by name (their id when the export does not name them) under `categories`;
 * - stakeholder domains are listed under `stakeholders`, the owning one also as `stakeholder_owner`;
 * - `avo_name` keeps the Avo name when a name mapping renamed the event.
 */
export function eventMetadata(event: AvoEvent, plan: AvoExport, sentName: string): Metadata {
  const metadata: Metadata = {};
  for (const tag of strings(event.tags)) {
    const match = KEY_VALUE_TAG.exec(tag);
    if (match?.[1] !== undefined && match[2] !== undefined) add(metadata, match[1], match[2]);
    else if (tag.trim() !== '') addToList(metadata, 'tags', tag.trim());
  }
  for (const id of strings(event.categories)) {
    const category = plan.categories?.[id];
    addToList(metadata, 'categories', isObject(category) && typeof category.name === 'string' ? category.name : id);
  }
  if (Array.isArray(event.stakeholderDomains)) {
    for (const domain of event.stakeholderDomains) {
      if (!isObject(domain) || typeof domain.name !== 'string') continue;
      addToList(metadata, 'stakeholders', domain.name);
      if (domain.isOwner === true) add(metadata, 'stakeholder_owner', domain.name);
    }
  }
  if (sentName !== event.name) metadata.avo_name = event.name;
  return Object.fromEntries(Object.entries(metadata).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function addToList(metadata: Metadata, key: string, value: string): void {
  const existing = metadata[key];
  const list = Array.isArray(existing) ? existing : existing === undefined ? [] : [existing];
  if (!list.includes(value)) metadata[key] = [...list, value];
}
