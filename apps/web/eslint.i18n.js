// Every word a reader sees comes from the translator (src/i18n/README.md). These rules fail on
// English written straight into a component: JSX text, and string literals in the props that
// reach the screen or a screen reader.

/**
 * Text that is no word in any language, so it stays out of the catalogs. Compared with the
 * trimmed literal, so `{" · "}` counts as "·".
 */
const NON_WORDS = [
  "·", // separator between two facts on one line
  "—", // "no value"
  "×", // close or remove button, named by its aria-label
  "*", // required-field marker, named by a translated hidden label
  "/", // path separator in breadcrumbs
  ":", // between a label and its value
  "(", // around a figure
  ")",
  "‹",
  "›",
  "←",
  "→",
  "↑",
  "↓",
  "▾", // menu button caret
  "⠿", // drag handle
  "404", // the status code above the translated "page not found"
];

/**
 * Props whose value a reader sees or hears: the DOM's own, and the label-like props of the
 * components in src/components/ui (`label`, `hint`, `confirmLabel`, `loadingText`…).
 */
const VISIBLE_PROP =
  "/^(aria-(label|description|roledescription|valuetext|placeholder)|placeholder|title|alt|label|hint|error|description|caption|empty|header|detail|[a-z]+(Label|Text|Title|Hint|Message))$/";

// A literal with a letter in it, unless it is a message key such as "settings.area.roles"
// (props typed TMessageKey take keys; typecheck proves those exist).
const WORDY = ":not([value=/^[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9-]+)+$/])[value=/[A-Za-z]/]";
const WORDY_TEMPLATE = "TemplateElement[value.raw=/[A-Za-z]/]";
const BRANCH = ":matches(ConditionalExpression, LogicalExpression)";
const MESSAGE = "Put text a reader sees in the message catalogs and take it from t(…).";

const restricted = [
  `JSXAttribute[name.name=${VISIBLE_PROP}] > Literal${WORDY}`,
  `JSXAttribute[name.name=${VISIBLE_PROP}] > JSXExpressionContainer > Literal${WORDY}`,
  `JSXAttribute[name.name=${VISIBLE_PROP}] > JSXExpressionContainer > ${BRANCH} > Literal${WORDY}`,
  `JSXAttribute[name.name=${VISIBLE_PROP}] > JSXExpressionContainer > TemplateLiteral > ${WORDY_TEMPLATE}`,
  // `{done ? "Done" : "Open"}` among children, which jsx-no-literals does not look into.
  `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > ${BRANCH} > Literal${WORDY}`,
  `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > ${BRANCH} > TemplateLiteral > ${WORDY_TEMPLATE}`,
].map((selector) => ({ selector, message: MESSAGE }));

export const i18nRules = {
  files: ["src/**/*.tsx"],
  ignores: ["**/*.test.tsx"],
  rules: {
    "react/jsx-no-literals": [
      "error",
      { noStrings: true, ignoreProps: true, allowedStrings: NON_WORDS },
    ],
    "no-restricted-syntax": ["error", ...restricted],
  },
};
