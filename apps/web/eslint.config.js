import base from "@charter/config/eslint";
import nextVitals from "eslint-config-next/core-web-vitals";

// Next's own rules (React, hooks, a11y, Next pitfalls) first; the shared typed rules last.
const config = [...nextVitals, ...base];

export default config;
