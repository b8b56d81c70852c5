import base from "@charter/config/eslint";

export default base;
