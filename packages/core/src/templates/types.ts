import type { FieldRule, Grant } from "../engine/types";

/** Which setup guide a template comes from (SPEC D2, the files in seeds/). */
export type TemplateSource = "003 RAMISYS" | "002 SimpleOne" | "004 Bitrix24/amoCRM";

/**
 * A built-in role template: copied into each project as an editable `Role` (its
 * `templateKey` is `key`), with its grants and field rules.
 */
export type RoleTemplate = {
  key: string;
  name: string;
  description: string;
  source: TemplateSource;
  readOnly: boolean;
  grants: readonly Grant[];
  fieldRules: readonly FieldRule[];
};
