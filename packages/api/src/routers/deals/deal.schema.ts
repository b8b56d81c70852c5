import { z } from "zod";

import { ZLink } from "../../domain/access/visible-link.schema";
import { DEAL_SORT_KEYS } from "../../domain/deals/deal-sort";
import { ZCurrency, ZMoney } from "../products/product.schema";

// Shared by the deals procedures' input and output schemas (and interests.convert).

export const ZDealId = z.uuid("The deal id is not valid.");
export const ZDealStatus = z.enum(["open", "won", "lost"]);

const ZRef = (field: string, what: string) => z.uuid(`${field} must be ${what} id.`);

/** What a new deal may be given; its status follows its stage, its direction its creator. */
export const ZNewDealFields = z.strictObject({
  title: z.string().trim().min(1, "Give the deal a title.").max(200),
  /** Left out: 0, or the total of its product lines once they are set. */
  amount: ZMoney.optional(),
  currency: ZCurrency,
  expectedCloseAt: z.date().nullable().optional(),
  companyId: ZRef("companyId", "a company").nullable().optional(),
  contactId: ZRef("contactId", "a contact").nullable().optional(),
  /** A partner company (G4); its responsible may edit the deal (D6). */
  partnerId: ZRef("partnerId", "a partner company").nullable().optional(),
  /** The first stage of this pipeline when no stage is given; the first pipeline by default. */
  pipelineId: ZRef("pipelineId", "a pipeline").optional(),
  stageId: ZRef("stageId", "a stage").optional(),
});

// Plain objects strip what they do not name. Fields a role may hide are optional: absent when
// hidden from the caller.
export const ZDeal = z.object({
  id: z.string(),
  title: z.string(),
  /** A decimal string; absent when a field rule hides the amount from the caller. */
  amount: z.string().optional(),
  currency: z.string(),
  status: ZDealStatus,
  expectedCloseAt: z.date().nullable().optional(),
  closedAt: z.date().nullable(),
  pipelineId: z.string(),
  stage: z.object({
    id: z.string(),
    name: z.string(),
    outcome: ZDealStatus,
    probability: z.number().int(),
  }),
  /** Links are named only when the caller may view the linked record; otherwise null (D7). */
  company: ZLink,
  contact: ZLink,
  partner: ZLink,
  interest: ZLink,
  responsible: z.object({ id: z.string(), name: z.string() }),
  directionId: z.string().nullable(),
  departmentId: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

/** The filters `list`, `count` and `board` share. */
export const ZDealFilter = {
  search: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
  status: ZDealStatus.optional(),
  responsibleId: ZRef("responsibleId", "an employee").optional(),
  companyId: ZRef("companyId", "a company").optional(),
};

/** The list's order: a column and a direction; without it, newest change first. */
export const ZDealSort = z.strictObject({
  by: z.enum(DEAL_SORT_KEYS, `Sort deals by one of: ${DEAL_SORT_KEYS.join(", ")}.`),
  direction: z.enum(["asc", "desc"], "Sort ascending (asc) or descending (desc)."),
});

export const ZStageFilter = {
  pipelineId: ZRef("pipelineId", "a pipeline").optional(),
  stageId: ZRef("stageId", "a stage").optional(),
};

export const ZFiredTask = z.object({
  id: z.string(),
  title: z.string(),
  assigneeId: z.string().nullable(),
  dueAt: z.date().nullable(),
});
