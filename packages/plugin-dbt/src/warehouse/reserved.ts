import type { Warehouse } from './types.js';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().toLowerCase().split(/\s+/));

// Reserved words of each warehouse's SQL, from its vendor's reference. DuckDB parses with the
// Postgres grammar, so it shares the Postgres list.
const POSTGRES = words(`
  all analyse analyze and any array as asc asymmetric authorization between bigint binary bit boolean both case cast char
  character check coalesce collate collation column concurrently constraint create cross current_catalog current_date
  current_role current_schema current_time current_timestamp current_user dec decimal default deferrable desc distinct do
  else end except exists extract false fetch float for foreign freeze from full grant greatest group grouping having ilike
  in initially inner inout int integer intersect interval into is isnull join lateral leading least left like limit
  localtime localtimestamp national natural nchar none normalize not notnull null nullif numeric offset on only or order
  out outer overlaps overlay placing position precision primary real references returning right row select session_user
  setof similar smallint some substring symmetric system_user table tablesample then time timestamp to trailing treat trim
  true union unique user using values varchar variadic verbose when where window with`);

const SNOWFLAKE = words(`
  account all alter and any as between by case cast check column connect connection constraint create cross current
  current_date current_time current_timestamp current_user database delete distinct drop else exists false following for
  from full grant group gscluster having ilike in increment inner insert intersect into is issue join lateral left like
  localtime localtimestamp minus natural not null of on or order organization qualify regexp revoke right rlike row rows
  sample schema select set some start table tablesample then to trigger true try_cast union unique update using values view
  when whenever where with`);

const BIGQUERY = words(`
  all and any array as asc assert_rows_modified at between by case cast collate contains create cross cube current default
  define desc distinct else end enum escape except exclude exists extract false fetch following for from full group grouping
  groups hash having if ignore in inner intersect interval into is join lateral left like limit lookup merge natural new no
  not null nulls of on or order outer over partition preceding proto qualify range recursive respect right rollup rows
  select set some struct tablesample then to treat true unbounded union unnest using when where window with within`);

const REDSHIFT = words(`
  aes128 aes256 all allowoverwrite analyse analyze and any array as asc authorization az64 backup between binary blanksasnull
  both bytedict bzip2 case cast check collate column constraint create credentials cross current_date current_time
  current_timestamp current_user current_user_id default deferrable deflate defrag delta delta32k desc disable distinct do
  else emptyasnull enable encode encrypt encryption end except explicit false for foreign freeze from full globaldict256
  globaldict64k grant group gzip having identity ignore ilike in initially inner intersect interval into is isnull join
  language leading left like limit localtime localtimestamp lun luns lzo lzop minus mostly16 mostly32 mostly8 natural new
  not notnull null nulls off offline offset oid old on only open or order outer overlaps parallel partition percent
  permissions pivot placing primary raw readratio recover references rejectlog resort respect restore right select
  session_user similar snapshot some sysdate system table tag tdes text255 text32k then timestamp to top trailing true
  truncatecolumns union unique unnest unpivot user using verbose wallet when where with without`);

/** Words that are type or literal keywords somewhere, quoted in every dialect to stay unambiguous. */
const AMBIGUOUS = words('date time timestamp interval');

const RESERVED: Record<Warehouse, ReadonlySet<string>> = {
  postgres: POSTGRES,
  duckdb: POSTGRES,
  snowflake: SNOWFLAKE,
  bigquery: BIGQUERY,
  redshift: REDSHIFT,
};

/** Whether `name` is a reserved word of the warehouse's SQL (case-insensitive). */
export function isReservedWord(warehouse: Warehouse, name: string): boolean {
  return RESERVED[warehouse].has(name.toLowerCase());
}

/** Whether an identifier must be quoted in the warehouse's SQL. */
export function needsQuoting(warehouse: Warehouse, name: string): boolean {
  return !/^[a-z_][a-z0-9_]*$/.test(name) || RESERVED[warehouse].has(name) || AMBIGUOUS.has(name);
}
