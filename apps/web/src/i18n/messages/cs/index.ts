import type { TMessages } from "../en";
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

export const cs: TMessages = {
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
