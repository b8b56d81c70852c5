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
    /** The Employee chosen with a project switch; null acts as the default one. */
    employeeId: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    employeeId?: string;
  }
}
