import { api } from "./api";
import { clients } from "./clients";
import { common } from "./common";
import { deals } from "./deals";
import { reports } from "./reports";
import { search } from "./search";
import { settings } from "./settings";
import { shell } from "./shell";
import { signIn } from "./sign-in";
import { tasks } from "./tasks";

/**
 * English is the source of the keys, one file per area so several people can add strings
 * without touching the same file. The other languages mirror these files and are typed
 * against them, so a key missing from (or extra in) another language fails typecheck in the
 * file at fault. `{name}` marks a placeholder; every language must use the same ones
 * (checked by catalogs.test.ts, as is a key defined in two areas).
 */
export const EN_AREAS = {
  common,
  shell,
  signIn,
  clients,
  deals,
  reports,
  search,
  settings,
  tasks,
  api,
};

export type TArea = keyof typeof EN_AREAS;

export const en = {
  ...common,
  ...shell,
  ...signIn,
  ...clients,
  ...deals,
  ...reports,
  ...search,
  ...settings,
  ...tasks,
  ...api,
};

export type TMessageKey = keyof typeof en;

/** What every catalog must provide: each English key, with any wording. */
export type TMessages = { readonly [K in TMessageKey]: string };

/** What another language's file for one area must provide: exactly that area's English keys. */
export type TAreaMessages<A extends TArea> = {
  readonly [K in keyof (typeof EN_AREAS)[A]]: string;
};
