import { dealsBoard } from "./deals/board";
import { dealsDetail } from "./deals/detail";
import { dealsInterests } from "./deals/interests";
import { dealsList } from "./deals/list";

/**
 * Strings of the deals pages (board, list, a deal's page, interests); keys start with
 * "deals.". One file per part under deals/, each mirrored in the other languages.
 */
export const deals = {
  ...dealsBoard,
  ...dealsList,
  ...dealsDetail,
  ...dealsInterests,
} as const;
