import base from "@charter/config/eslint";
import nextVitals from "eslint-config-next/core-web-vitals";

import { i18nRules } from "./eslint.i18n.js";

// Next's own rules (React, hooks, a11y, Next pitfalls) first; the shared typed rules, then
// the check that no English is written into a component (eslint.i18n.js).
const config = [...nextVitals, ...base, i18nRules];

export default config;
