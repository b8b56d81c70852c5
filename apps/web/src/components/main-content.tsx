import type { ReactNode } from "react";

export const MAIN_CONTENT_ID = "main-content";

/** Focusable from script only (tabIndex -1), so the skip link moves focus, not just scroll. */
export function MainContent({ children }: { children: ReactNode }) {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
      {children}
    </main>
  );
}
