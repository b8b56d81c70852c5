import type { ReactNode } from "react";

type TSettingsPageHeaderProps = {
  title: string;
  intro?: ReactNode;
  /** The page's main action, e.g. "New employee". */
  actions?: ReactNode;
  /** A link back, above the title, for a page inside an area. */
  back?: ReactNode;
};

/** The title of a settings page: the page's only h1, with a sentence on what it is for. */
export function SettingsPageHeader({ title, intro, actions, back }: TSettingsPageHeaderProps) {
  return (
    <div className="space-y-2">
      {back}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
          {intro ? <p className="mt-1 max-w-3xl text-sm text-slate-600">{intro}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}
