import { TRPCError } from "@trpc/server";

import {
  renderErrorMessage,
  type TErrorMessage,
  type TErrorMessageKey,
  type TErrorParamValues,
} from "./error-messages";

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

/**
 * What a client may act on besides the message: the engine's rule behind a refusal, and the
 * input key at fault (`currency`, `lines.2.productId`), which starts the English message.
 */
export type TAppErrorDetails = { rule?: string; field?: string };

/**
 * The message is a key of the catalogue (src/error-messages) with its parameters, so a client
 * can say it in the reader's language; `message` is its English sentence, prefixed by the
 * field at fault as `field: sentence`.
 */
export class AppError extends TRPCError {
  readonly appCode: TAppErrorCode;
  readonly details: TAppErrorDetails;
  readonly messageKey: TErrorMessageKey;
  readonly params: TErrorParamValues;

  constructor(appCode: TAppErrorCode, message: TErrorMessage, details: TAppErrorDetails = {}) {
    const params: TErrorParamValues = message.params ?? {};
    const sentence = renderErrorMessage(message.key, params);
    super({
      code: APP_ERROR_CODES[appCode],
      message: details.field ? `${details.field}: ${sentence}` : sentence,
    });
    this.appCode = appCode;
    this.details = details;
    this.messageKey = message.key;
    this.params = params;
  }
}

/** What the error formatter sends of an AppError; every key is null for any other error. */
export type TAppErrorData = {
  appCode: TAppErrorCode | null;
  rule: string | null;
  messageKey: TErrorMessageKey | null;
  params: TErrorParamValues | null;
  field: string | null;
};

export function formatAppError(error: unknown): TAppErrorData {
  if (!(error instanceof AppError)) {
    return { appCode: null, rule: null, messageKey: null, params: null, field: null };
  }
  return {
    appCode: error.appCode,
    rule: error.details.rule ?? null,
    messageKey: error.messageKey,
    params: error.params,
    field: error.details.field ?? null,
  };
}
