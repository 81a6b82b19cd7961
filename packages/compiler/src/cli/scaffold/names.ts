/** The folder name of an event: its name with spaces as underscores (`Order Completed` → `Order_Completed`). */
export function eventFolderName(name: string): string {
  return name.trim().replace(/\s+/g, '_');
}

/** A project name usable as plan folder and dbt package name (`Online Shop` → `online_shop`). */
export function projectSlug(name: string): string {
  const slug = name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(slug) ? slug : `project_${slug}`;
}
