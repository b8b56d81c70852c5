import type { Metadata } from "next";

import { getTranslator } from "~/i18n/server";
import type { TPlainMessageKey } from "~/i18n/translate";

/** "Employees · Settings · Charter": the page, then the section it lives in. */
export async function buildSettingsMetadata(page: TPlainMessageKey): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: `${t(page)} · ${t("nav.settings")}` };
}
