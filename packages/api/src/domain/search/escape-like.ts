/**
 * Prisma's `contains` binds the text as a parameter (no SQL injection) but passes LIKE's
 * wildcards through: `%` would match every row. Escaping them with PostgreSQL's default
 * LIKE escape character makes a search match exactly what the user typed.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
