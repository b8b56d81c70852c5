import type { ReactNode } from "react";

import { SettingsNav } from "~/components/settings/settings-nav";

/** Every settings page: the areas the reader may open above, the page below. */
export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-6">
      <SettingsNav />
      {children}
    </div>
  );
}
