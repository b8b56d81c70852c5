// The merge-field language of document templates (SPEC I1): `{{source.field}}` tokens in the
// template's HTML, filled from the project profile, the client, the deal and its products,
// the invoice and the document itself. Pure: no database, no permissions.

/** Every built-in merge field, by source. `custom.<key>` adds the client's custom fields. */
export const MERGE_FIELDS = {
  project: [
    "name",
    "legalName",
    "registrationNumber",
    "vatId",
    "street",
    "city",
    "postalCode",
    "country",
    "address",
    "email",
    "phone",
  ],
  company: [
    "name",
    "registrationNumber",
    "vatId",
    "email",
    "phone",
    "website",
    "street",
    "city",
    "postalCode",
    "country",
    "address",
  ],
  contact: ["firstName", "lastName", "fullName", "email", "phone", "position"],
  deal: ["title", "amount", "currency", "status", "stage", "expectedCloseAt", "products"],
  invoice: [
    "number",
    "status",
    "currency",
    "issuedAt",
    "dueAt",
    "totalNet",
    "totalVat",
    "totalGross",
    "lines",
  ],
  document: ["title", "number", "date"],
} as const;

export type TMergeSource = keyof typeof MERGE_FIELDS;

/** Sources whose custom fields merge as `{{company.custom.<key>}}`. */
export const CUSTOM_SOURCES = ["company", "contact"] as const;
export type TCustomSource = (typeof CUSTOM_SOURCES)[number];

/** Custom field keys per source, as the project defines them (for validation at save time). */
export type TCustomKeys = Record<TCustomSource, ReadonlySet<string>>;

/**
 * A merged value: text is escaped as HTML when merged; `html` is markup the API built itself
 * from escaped values (the products and invoice-line tables), never user input.
 */
export type TMergeValue = string | { html: string };

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The distinct field paths a template names, in order of first use. */
export function findMergePaths(bodyHtml: string): string[] {
  const paths = new Set<string>();
  for (const match of bodyHtml.matchAll(TOKEN)) paths.add(match[1] ?? "");
  return [...paths];
}

export function sourceOf(path: string): string {
  return path.split(".")[0] ?? "";
}

function isKnownPath(path: string, customKeys: TCustomKeys): boolean {
  const [source, field, key, ...rest] = path.split(".");
  if (!source || !field || rest.length > 0) return false;
  if (field === "custom" && key !== undefined) {
    return (CUSTOM_SOURCES as readonly string[]).includes(source)
      ? customKeys[source as TCustomSource].has(key)
      : false;
  }
  if (key !== undefined || !Object.hasOwn(MERGE_FIELDS, source)) return false;
  return (MERGE_FIELDS[source as TMergeSource] as readonly string[]).includes(field);
}

/** Everything a template may name, for error messages and the template editor. */
export function describeAllowedFields(customKeys: TCustomKeys): string {
  const builtIn = Object.entries(MERGE_FIELDS).flatMap(([source, fields]) =>
    fields.map((field) => `${source}.${field}`),
  );
  const custom = CUSTOM_SOURCES.flatMap((source) =>
    [...customKeys[source]].sort().map((key) => `${source}.custom.${key}`),
  );
  return [...builtIn, ...custom].join(", ");
}

// A template is written by settings managers and read by everyone who opens its documents:
// markup that runs code is refused. This is a guard against the obvious, not a sanitizer;
// the web app renders document HTML in a sandboxed frame.
const UNSAFE_MARKUP = [
  { pattern: /<\s*(script|iframe|object|embed|frame|frameset|base|meta|link)\b/i, what: "tag" },
  { pattern: /<[^>]*\son[a-z]+\s*=/i, what: "event handler" },
  { pattern: /<[^>]*=\s*["']?\s*(javascript|vbscript|data)\s*:/i, what: "script URL" },
] as const;

/**
 * The problems that keep a template body from being saved, each a message a person can act
 * on (empty when it is fine): unknown merge fields (listing the allowed ones), unclosed
 * tokens, and markup that would run code.
 */
export function findTemplateProblems(bodyHtml: string, customKeys: TCustomKeys): string[] {
  const problems: string[] = [];
  const unknown = findMergePaths(bodyHtml).filter((path) => !isKnownPath(path, customKeys));
  if (unknown.length > 0) {
    problems.push(
      `bodyHtml: unknown merge field${unknown.length === 1 ? "" : "s"} ${unknown
        .map((path) => `{{${path}}}`)
        .join(", ")}. Allowed: ${describeAllowedFields(customKeys)}.`,
    );
  }
  const unclosed = bodyHtml.replace(TOKEN, "").indexOf("{{");
  if (unclosed !== -1) {
    const excerpt = bodyHtml.replace(TOKEN, "").slice(unclosed, unclosed + 30);
    problems.push(`bodyHtml: "${excerpt}" opens a merge field that is never closed with }}.`);
  }
  for (const { pattern, what } of UNSAFE_MARKUP) {
    const found = pattern.exec(bodyHtml);
    if (found) {
      problems.push(
        `bodyHtml: templates may not contain code; remove the ${what} "${found[0].trim().slice(0, 60)}".`,
      );
    }
  }
  return problems;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * Fills a template in one pass: every token is replaced by its value escaped as HTML (or by
 * the API's own table markup); a token without a value (a field hidden from the author, a
 * custom field deleted since the template was saved) becomes empty. A merged value is never
 * read again, so `{{…}}` inside a client's name stays text. Never throws.
 */
export function renderTemplate(bodyHtml: string, values: ReadonlyMap<string, TMergeValue>): string {
  return bodyHtml.replace(TOKEN, (_token, path: string) => {
    const value = values.get(path);
    if (value === undefined) return "";
    return typeof value === "string" ? escapeHtml(value) : value.html;
  });
}
