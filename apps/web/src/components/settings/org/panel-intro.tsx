"use client";

import { Button } from "~/components/ui/button";

/** What an organisation tab holds, and its New button where the reader may create. */
export function PanelIntro({
  text,
  newLabel,
  onNew,
}: {
  text: string;
  newLabel: string;
  onNew: (() => void) | null;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <p className="max-w-2xl text-sm text-slate-600">{text}</p>
      {onNew ? <Button onClick={onNew}>{newLabel}</Button> : null}
    </div>
  );
}
