import pg from "pg";

// What schema.prisma describes, read back from a live database: columns, enums, keys,
// foreign keys and indexes. CHECK constraints and triggers are hand-written SQL that
// Prisma cannot express, so they are left out here and tested on their own.
const CATALOG_SQL = `
  select 'column ' || table_name || '.' || column_name || ': ' || udt_name || ' '
         || is_nullable || ' default=' || coalesce(column_default, '-')
         || ' len=' || coalesce(character_maximum_length::text, '-')
         || ' num=' || coalesce(numeric_precision::text, '-') || ',' || coalesce(numeric_scale::text, '-')
         || ' dt=' || coalesce(datetime_precision::text, '-') as entry
    from information_schema.columns
   where table_schema = 'public' and table_name <> $1
  union all
  select 'index ' || indexname || ': ' || indexdef
    from pg_indexes where schemaname = 'public' and tablename <> $1
  union all
  select 'constraint ' || conrelid::regclass::text || '.' || conname || ': ' || pg_get_constraintdef(oid)
    from pg_constraint
   where connamespace = 'public'::regnamespace and contype in ('p', 'u', 'f')
     and conrelid::regclass::text <> $1
  union all
  select 'enum ' || t.typname || ': ' || string_agg(e.enumlabel, ',' order by e.enumsortorder)
    from pg_type t join pg_enum e on e.enumtypid = t.oid
   where t.typnamespace = 'public'::regnamespace
   group by t.typname
`;

export async function readCatalog(
  connectionString: string,
  ignoredTable: string,
): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ entry: string }>(CATALOG_SQL, [ignoredTable]);
    return rows.map((row) => row.entry).sort();
  } finally {
    await client.end();
  }
}
