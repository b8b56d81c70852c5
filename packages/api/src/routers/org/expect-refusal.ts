import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

/** Awaits a call that must fail with `code`, its message matching `message`. */
export async function expectRefusal(
  call: Promise<unknown>,
  code: TRPCError["code"],
  message: RegExp,
): Promise<void> {
  const error: unknown = await call.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  expect((error as TRPCError).message).toMatch(message);
}
