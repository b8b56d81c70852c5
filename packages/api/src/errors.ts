import { TRPCError } from "@trpc/server";

/**
 * Every failure the API reports on purpose has one of these codes. They map to tRPC (and so
 * HTTP) codes in one place, so a router never picks an HTTP status itself.
 */
export const APP_ERROR_CODES = {
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  INVALID_INPUT: "BAD_REQUEST",
  CONFLICT: "CONFLICT",
} as const satisfies Record<string, TRPCError["code"]>;

export type TAppErrorCode = keyof typeof APP_ERROR_CODES;

/** What a client may act on besides the message: the engine's rule behind a refusal. */
export type TAppErrorDetails = { rule?: string };

export class AppError extends TRPCError {
  readonly appCode: TAppErrorCode;
  readonly details: TAppErrorDetails;

  constructor(appCode: TAppErrorCode, message: string, details: TAppErrorDetails = {}) {
    super({ code: APP_ERROR_CODES[appCode], message });
    this.appCode = appCode;
    this.details = details;
  }
}
