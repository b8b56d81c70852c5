import type { TApiError } from "~/lib/api-error";
import type { TTranslate } from "~/i18n/translate";

type TMoveContext = { title: string; from: string; to: string };

/**
 * Why a move was refused, in plain words: the deal stays where it was, and the sentence says
 * what the reader can do. A stage right (the engine's `no-grant` on a move) names the stage.
 */
export function explainMoveRefusal(t: TTranslate, error: TApiError, move: TMoveContext): string {
  if (error.kind === "not-found") return t("deals.move.refused.gone", { title: move.title });
  const stays = t("deals.move.stays", { title: move.title, from: move.from });
  if (error.kind === "forbidden" && error.rule === "no-grant")
    return `${stays} ${t("deals.move.refused.stageRight", { stage: move.to })}`;
  if (error.kind === "conflict") return `${stays} ${t("deals.move.refused.conflict")}`;
  return `${stays} ${t(error.messageKey)}`;
}
