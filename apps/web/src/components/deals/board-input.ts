import type { TDealApiFilter } from "./shared/deal-types";
import { toDealApiFilter, type TDealParams } from "./list/deal-filters";

/** How many cards each column shows before "Show more". */
export const PER_STAGE = 20;

export type TBoardInput = TDealApiFilter & { perStage: number };

/**
 * What /deals asks `deals.board` for: the board itself (with the page's filters), or, for the
 * list, just the pipelines and the chosen one's stages. The server prefetches exactly this
 * while it renders the page, so the browser starts with the board. Null until the reader is
 * known when the URL says "my deals".
 */
export function boardInputFor(
  params: TDealParams,
  myEmployeeId: string | null,
): TBoardInput | null {
  if (params.view === "list")
    return { ...(params.pipelineId ? { pipelineId: params.pipelineId } : {}), perStage: 1 };
  const filter = toDealApiFilter(params, myEmployeeId, { withStage: false });
  return filter && { ...filter, perStage: PER_STAGE };
}
