import { isErrorMessageKey, type TErrorMessageKey } from "@charter/api/error-messages";

import type { TPlainMessageKey } from "~/i18n/translate";

/** What a failed call means to a form or a page, read from the API's error formatter. */
export type TApiErrorKind =
  "not-found" | "forbidden" | "conflict" | "invalid" | "unauthenticated" | "network" | "unexpected";

export type TApiError = {
  kind: TApiErrorKind;
  /** The general message to show, in the reader's language. */
  messageKey: TPlainMessageKey;
  /** The server's own words (English), for a log or an English reader. */
  serverMessage: string;
  /**
   * Input keys the API refused, with its messages (English): `{ name: ["Give the company a
   * name."] }`; a nested input also by its dotted path (`"fields.title"`, `"lines.2.quantity"`).
   */
  fieldErrors: Record<string, string[]>;
  /** The engine's rule behind a refusal (`no-grant`, `read-only`, `field-access`…), if any. */
  rule: string | null;
  /** The kind of each faulted field's first fault, to word it in the reader's language. */
  fieldIssues: Record<string, TFieldIssue>;
  /** The API's own message as a catalogue key, when the API raised the error itself. */
  appMessage: TApiMessage | null;
};

/**
 * A message of the API's catalogue (packages/api src/error-messages): its key, its parameters
 * (names as typed, words of ours as codes), and the input key it blames, if any.
 */
export type TApiMessage = {
  key: TErrorMessageKey;
  params: Record<string, string | number>;
  field: string | null;
};

/** What the API says of a field's fault (`zodError.fieldIssues`, packages/api zod-error.ts). */
export type TFieldIssue =
  | { code: "required" }
  | { code: "too_small" | "too_big"; origin: "string" | "number" | "other"; limit: number }
  | { code: "format"; format: string }
  | { code: "choice" };

const KIND_BY_APP_CODE: Record<string, TApiErrorKind> = {
  NOT_FOUND: "not-found",
  FORBIDDEN: "forbidden",
  CONFLICT: "conflict",
  INVALID_INPUT: "invalid",
  UNAUTHENTICATED: "unauthenticated",
};

// tRPC's own codes, for errors the API did not raise itself (e.g. input parsing).
const KIND_BY_TRPC_CODE: Record<string, TApiErrorKind> = {
  NOT_FOUND: "not-found",
  FORBIDDEN: "forbidden",
  CONFLICT: "conflict",
  BAD_REQUEST: "invalid",
  UNAUTHORIZED: "unauthenticated",
};

const MESSAGE_BY_KIND: Record<Exclude<TApiErrorKind, "forbidden">, TPlainMessageKey> = {
  "not-found": "errors.notFound",
  conflict: "errors.conflict",
  invalid: "errors.invalidInput",
  unauthenticated: "errors.unauthenticated",
  network: "errors.network",
  unexpected: "errors.unexpected",
};

const MESSAGE_BY_RULE: Record<string, TPlainMessageKey> = {
  "no-grant": "errors.forbidden.noGrant",
  "deny-override": "errors.forbidden.denyOverride",
  "read-only": "errors.forbidden.readOnly",
  "field-access": "errors.forbidden.fieldAccess",
  "ip-restricted": "errors.forbidden.ipRestricted",
  protected: "errors.forbidden.protected",
  "change-own-access": "errors.forbidden.protected",
};

type TErrorData = {
  code?: unknown;
  appCode?: unknown;
  rule?: unknown;
  messageKey?: unknown;
  params?: unknown;
  field?: unknown;
  zodError?: {
    fieldErrors?: Record<string, string[] | undefined>;
    /** Nested inputs by their dotted path (`fields.title`, `lines.2.quantity`). */
    fieldPaths?: Record<string, string[] | undefined>;
    /** The kind of each fault, by the same dotted paths. */
    fieldIssues?: Record<string, unknown[] | undefined>;
  } | null;
};

function readData(error: unknown): TErrorData | null {
  if (typeof error !== "object" || error === null || !("data" in error)) return null;
  const { data } = error;
  // Every key of TErrorData is optional and read defensively below.
  return typeof data === "object" && data !== null ? data : null;
}

// On the server, a call through the router throws the API's TRPCError (an AppError) itself:
// its code, appCode and rule sit on the error, not under `data`.
function readThrownError(error: unknown): TErrorData | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const thrown = error as {
    code: unknown;
    appCode?: unknown;
    messageKey?: unknown;
    params?: unknown;
    details?: { rule?: unknown; field?: unknown };
  };
  if (typeof thrown.code !== "string" || !(thrown.code in KIND_BY_TRPC_CODE)) return null;
  return {
    code: thrown.code,
    appCode: thrown.appCode,
    rule: thrown.details?.rule,
    messageKey: thrown.messageKey,
    params: thrown.params,
    field: thrown.details?.field,
  };
}

function readAppMessage(data: TErrorData | null): TApiMessage | null {
  if (!isErrorMessageKey(data?.messageKey)) return null;
  const raw = typeof data.params === "object" && data.params !== null ? data.params : {};
  const params = Object.fromEntries(
    Object.entries(raw).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === "string" || typeof entry[1] === "number",
    ),
  );
  const field = typeof data.field === "string" ? data.field : null;
  return { key: data.messageKey, params, field };
}

function readFieldErrors(data: TErrorData | null): Record<string, string[]> {
  const entries = [
    ...Object.entries(data?.zodError?.fieldErrors ?? {}),
    ...Object.entries(data?.zodError?.fieldPaths ?? {}),
  ];
  return Object.fromEntries(
    entries.filter((entry): entry is [string, string[]] => (entry[1]?.length ?? 0) > 0),
  );
}

function readIssue(raw: unknown): TFieldIssue | null {
  if (typeof raw !== "object" || raw === null) return null;
  const issue = raw as Record<string, unknown>;
  const origin =
    issue.origin === "string" || issue.origin === "number" ? issue.origin : ("other" as const);
  switch (issue.code) {
    case "required":
    case "choice":
      return { code: issue.code };
    case "too_small":
      return typeof issue.minimum === "number"
        ? { code: "too_small", origin, limit: issue.minimum }
        : null;
    case "too_big":
      return typeof issue.maximum === "number"
        ? { code: "too_big", origin, limit: issue.maximum }
        : null;
    case "format":
      return typeof issue.format === "string" ? { code: "format", format: issue.format } : null;
    default:
      return null;
  }
}

function readFieldIssues(data: TErrorData | null): Record<string, TFieldIssue> {
  const read: Record<string, TFieldIssue> = {};
  for (const [path, issues] of Object.entries(data?.zodError?.fieldIssues ?? {})) {
    const first = readIssue(issues?.[0]);
    if (!first) continue;
    read[path] = first;
    // zod's flattening keys a nested field by its first segment too; so does this.
    const top = path.split(".")[0];
    if (top && !(top in read)) read[top] = first;
  }
  return read;
}

/**
 * Reads a tRPC error as the API's formatter sends it (`data.appCode`, `data.rule`,
 * `data.messageKey`, `data.params`, `data.field`, `data.zodError.fieldErrors`, see
 * packages/api/src/trpc.ts), or as the API threw it when called on the server. Anything else
 * never reached the API: the network failed. `messageKey` is our general message by kind and
 * rule; `appMessage` is the API's own message, to say in the reader's language; the server's
 * English stays in `serverMessage`.
 */
export function readApiError(error: unknown): TApiError {
  const data = readData(error) ?? readThrownError(error);
  const serverMessage = error instanceof Error ? error.message : String(error);
  const rule = typeof data?.rule === "string" ? data.rule : null;
  const fieldErrors = readFieldErrors(data);
  const kind: TApiErrorKind = !data
    ? "network"
    : (KIND_BY_APP_CODE[String(data.appCode)] ??
      KIND_BY_TRPC_CODE[String(data.code)] ??
      "unexpected");
  const messageKey =
    kind === "forbidden"
      ? (MESSAGE_BY_RULE[rule ?? ""] ?? "errors.forbidden.other")
      : MESSAGE_BY_KIND[kind];
  return {
    kind,
    messageKey,
    serverMessage,
    fieldErrors,
    rule,
    fieldIssues: readFieldIssues(data),
    appMessage: readAppMessage(data),
  };
}

/** Whether an answer means "no such record for you" (SPEC D7): the page shows its 404. */
export function isNotFoundError(error: unknown): boolean {
  return readApiError(error).kind === "not-found";
}

/**
 * Whether a failed query is worth another try: a lost connection or a server fault may pass,
 * while a refusal, a missing record or bad input answers the same every time.
 */
export function shouldRetryQuery(failures: number, error: unknown): boolean {
  const { kind } = readApiError(error);
  return (kind === "network" || kind === "unexpected") && failures < 2;
}
