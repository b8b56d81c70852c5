import type { RouterOutputs } from "@charter/api";

/** The answers the client cards are drawn from, as the API types them. */
export type TCompanyCard = RouterOutputs["companies"]["get"];
export type TContactCard = RouterOutputs["contacts"]["get"];
export type TCompanyRow = RouterOutputs["companies"]["list"]["items"][number];
export type TContactRow = RouterOutputs["contacts"]["list"]["items"][number];
export type TCustomSection = TCompanyCard["customSections"][number];
export type TCustomField = TCustomSection["fields"][number];
export type TCustomFieldType = TCustomField["type"];
