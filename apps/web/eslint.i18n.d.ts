import type { Linter } from "eslint";

/** The rules of eslint.i18n.js, typed for src/i18n/no-english-lint.test.ts. */
export declare const i18nRules: Linter.Config;
