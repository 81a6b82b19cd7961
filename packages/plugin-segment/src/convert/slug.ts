/**
 * The plan folder for a plan name: lower case, accents dropped, every run of other characters as
 * `_` (`Online Shop` → `online_shop`, `Web + iOS` → `web_ios`), so that it also works as a dbt
 * and warehouse identifier. `segment` when nothing is left.
 */
export function planSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return slug === '' ? 'segment' : slug;
}
