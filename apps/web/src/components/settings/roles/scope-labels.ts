import type { Scope } from "@charter/core/engine";

import type { TPlainMessageKey } from "~/i18n/translate";

export const SCOPE_LABELS: Record<Scope, TPlainMessageKey> = {
  none: "settings.scope.none",
  own: "settings.scope.own",
  subordinates: "settings.scope.subordinates",
  department: "settings.scope.department",
  direction: "settings.scope.direction",
  project: "settings.scope.project",
};
