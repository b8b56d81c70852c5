import type { TAreaMessages } from "../en";
import { dealsBoard } from "./deals/board";
import { dealsDetail } from "./deals/detail";
import { dealsInterests } from "./deals/interests";
import { dealsList } from "./deals/list";

export const deals: TAreaMessages<"deals"> = {
  ...dealsBoard,
  ...dealsList,
  ...dealsDetail,
  ...dealsInterests,
};
