// next-auth's types are extended by declaration merging, which only works with interfaces.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion: number;
  }
  interface Session {
    userId: string;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
  }
}
