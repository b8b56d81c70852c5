import type { RouterInputs, RouterOutputs } from "@charter/api";

/** A deal as lists, the board and every write answer it (amount absent when hidden). */
export type TDeal = RouterOutputs["deals"]["list"]["items"][number];
export type TDealDetail = RouterOutputs["deals"]["get"];
export type TDealLine = TDealDetail["lines"][number];
export type TBoard = RouterOutputs["deals"]["board"];
export type TBoardColumn = TBoard["columns"][number];
export type TPipelineRef = TBoard["pipeline"];
export type TDealStatus = TDeal["status"];
export type TInterest = RouterOutputs["interests"]["list"]["items"][number];

/** The filters `deals.list`, `deals.count` and `deals.board` share. */
export type TDealApiFilter = Pick<
  RouterInputs["deals"]["list"],
  "search" | "status" | "responsibleId" | "companyId" | "pipelineId" | "stageId"
>;

/** A stage as a deal or a move names it. */
export type TStageRef = { id: string; name: string; outcome: TDealStatus; probability: number };
