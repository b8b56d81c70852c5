import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Workspace packages ship TypeScript source, not builds.
  transpilePackages: ["@charter/api", "@charter/core", "@charter/db"],
  // Native addons and drivers load at run time from node_modules instead of being bundled.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "@electric-sql/pglite",
    "@prisma/client",
    "@prisma/adapter-pg",
  ],
};

export default config;
