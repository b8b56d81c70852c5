import { addAmounts, toCents } from "./money";
import type { TBoard, TBoardColumn, TDeal, TStageRef } from "./deal-types";

// What a move does to a board already on screen, before the server answers. The server's
// board (counts and sums computed in the database) replaces it as soon as it is read again.

export function stageOfColumn(column: TBoardColumn): TStageRef {
  return {
    id: column.id,
    name: column.name,
    outcome: column.outcome,
    probability: column.probability,
  };
}

export function findBoardDeal(board: TBoard, dealId: string): TDeal | undefined {
  for (const column of board.columns) {
    const deal = column.deals.find((each) => each.id === dealId);
    if (deal) return deal;
  }
  return undefined;
}

function withSum(
  sums: TBoardColumn["sums"],
  deal: TDeal,
  sign: 1 | -1,
  count: number,
): TBoardColumn["sums"] {
  // A hidden amount: the board has no sums to keep right, and the deal no amount to add.
  if (!sums || deal.amount === undefined) return sums;
  if (count === 0) return [];
  const amount = deal.amount;
  const existing = sums.find((sum) => sum.currency === deal.currency);
  if (!existing) return sign === 1 ? [...sums, { currency: deal.currency, amount }] : sums;
  const next = addAmounts(existing.amount, amount, sign);
  // Most often the last deal of that currency left; the server's board says for sure.
  if (sign === -1 && toCents(next) === 0n) return sums.filter((sum) => sum !== existing);
  return sums.map((sum) => (sum === existing ? { ...sum, amount: next } : sum));
}

type TMoveOptions = {
  /**
   * The deal is in its column for this board even when not among the column's first deals
   * (a card loaded with "Load more"). Otherwise a board that does not show the deal is left
   * alone: its filters may leave the deal out.
   */
  inColumn: boolean;
};

/**
 * The board with the deal moved to the top of `toStageId`'s column: out of its old column
 * (count and sum down), into the new one (count and sum up), carrying its new stage and the
 * status that stage's outcome gives it.
 */
export function moveDealOnBoard(
  board: TBoard,
  deal: TDeal,
  toStageId: string,
  options: TMoveOptions,
): TBoard {
  const target = board.columns.find((column) => column.id === toStageId);
  const source = board.columns.find((column) => column.id === deal.stage.id);
  if (!target || !source || source === target) return board;
  if (!options.inColumn && !source.deals.some((each) => each.id === deal.id)) return board;
  const moved: TDeal = { ...deal, stage: stageOfColumn(target), status: target.outcome };
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column === source) {
        const count = Math.max(0, column.count - 1);
        return {
          ...column,
          count,
          sums: withSum(column.sums, deal, -1, count),
          deals: column.deals.filter((each) => each.id !== deal.id),
        };
      }
      if (column === target) {
        const count = column.count + 1;
        return {
          ...column,
          count,
          sums: withSum(column.sums, deal, 1, count),
          deals: [moved, ...column.deals.filter((each) => each.id !== deal.id)],
        };
      }
      return column;
    }),
  };
}

/** The board with the server's copy of a deal in place of the one shown (new version). */
export function replaceBoardDeal(board: TBoard, deal: TDeal): TBoard {
  if (!findBoardDeal(board, deal.id)) return board;
  return {
    ...board,
    columns: board.columns.map((column) => ({
      ...column,
      deals: column.deals.map((each) => (each.id === deal.id ? deal : each)),
    })),
  };
}
