"use client";

import type { QueryKey } from "@tanstack/react-query";
import { useState } from "react";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";

import { stageOfColumn } from "../shared/board-cache";
import type { TBoard, TDeal, TDealApiFilter } from "../shared/deal-types";
import { useMoveDeal } from "../shared/use-move-deal";
import { BoardColumn } from "./board-column";

type TDealBoardProps = {
  board: TBoard;
  /** The key the board was read under: moves count its cards as present in their columns. */
  boardKey: QueryKey;
  /** The board's filters, which "Load more" in a column keeps. */
  filter: TDealApiFilter;
  /** Old filters' board on screen while the new one loads. */
  stale: boolean;
};

/**
 * The kanban board of one pipeline (SPEC G6): a column per stage, cards dragged between them
 * or moved with each card's menu; a refused move puts the card back and says why.
 */
export function DealBoard({ board, boardKey, filter, stale }: TDealBoardProps) {
  const t = useT();
  const [dragged, setDragged] = useState<TDeal | null>(null);
  const { move, pendingIds, refusal, dismissRefusal } = useMoveDeal({ actingBoardKey: boardKey });
  const stages = board.columns.map(stageOfColumn);

  return (
    <div className="space-y-3">
      {refusal ? (
        <Alert
          tone="error"
          title={t("deals.move.refusedTitle")}
          actions={
            <Button variant="secondary" size="sm" onClick={dismissRefusal}>
              {t("common.dismiss")}
            </Button>
          }
        >
          {refusal}
        </Alert>
      ) : null}
      <p className="sr-only">{t("deals.board.howTo")}</p>
      <div
        role="region"
        aria-label={t("deals.board.label", { pipeline: board.pipeline.name })}
        aria-busy={stale || undefined}
        tabIndex={0}
        className={
          // relative: the cards' screen-reader-only texts are absolutely placed, and would
          // widen the whole page from far right unless this scrolling box contains them.
          "relative -mx-1 flex gap-3 overflow-x-auto px-1 pb-3 focus-visible:outline-offset-4" +
          (stale ? " opacity-60" : "")
        }
      >
        {board.columns.map((column) => (
          <BoardColumn
            key={column.id}
            column={column}
            stages={stages}
            filter={filter}
            dragged={dragged}
            pendingIds={pendingIds}
            onMove={move}
            onDragStart={setDragged}
            onDragEnd={() => setDragged(null)}
          />
        ))}
      </div>
    </div>
  );
}
