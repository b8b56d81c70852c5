import type { TLocale } from "../locales";

import { cs } from "./cs";
import { en, type TMessages } from "./en";
import { ru } from "./ru";

export type { TArea, TAreaMessages, TMessageKey, TMessages } from "./en";

export const CATALOGS: Record<TLocale, TMessages> = { en, ru, cs };
