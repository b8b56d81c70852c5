import { z } from "zod";

import type { Grant, Override } from "./types";
import {
  validateCondition,
  type ValidationIssue,
  type ValidationResult,
} from "./validate-condition";
import {
  ACTIONS,
  allowedScopes,
  isAction,
  isResource,
  isScope,
  OVERRIDE_EFFECTS,
  RESOURCES,
  SCOPES,
  type Resource,
} from "./vocabulary";

export const ZResource = z.enum(RESOURCES);
export const ZAction = z.enum(ACTIONS);
export const ZScope = z.enum(SCOPES);
export const ZOverrideEffect = z.enum(OVERRIDE_EFFECTS);

// Envelopes only: the words and the condition are checked below with messages that name
// the allowed values, which zod's generic enum errors do not.
const ZGrantEnvelope = z.object({
  id: z.string().optional(),
  resource: z.string({ error: "resource must be a string" }),
  action: z.string({ error: "action must be a string" }),
  scope: z.string({ error: "scope must be a string" }),
  condition: z.unknown().optional(),
});

const ZOverrideEnvelope = z.object({
  id: z.string().optional(),
  resource: z.string({ error: "resource must be a string" }),
  action: z.string({ error: "action must be a string" }),
  effect: z.string({ error: "effect must be a string" }),
  condition: z.unknown().optional(),
});

function envelopeIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.join(".") || "(root)",
    message: issue.message,
  }));
}

function checkWords(
  input: { resource: string; action: string; condition?: unknown },
  issues: ValidationIssue[],
): Resource | undefined {
  if (!isResource(input.resource)) {
    issues.push({
      path: "resource",
      message: `Unknown resource "${input.resource}"; use one of ${RESOURCES.join(", ")}.`,
    });
  }
  if (!isAction(input.action)) {
    issues.push({
      path: "action",
      message: `Unknown action "${input.action}"; use one of ${ACTIONS.join(", ")}.`,
    });
  }
  if (!isResource(input.resource)) return undefined;
  if (input.condition !== undefined && input.condition !== null) {
    const result = validateCondition(input.resource, input.condition);
    if (!result.ok) issues.push(...result.issues);
  }
  return input.resource;
}

/**
 * The problems with a grant already shaped like one (from a database row): what the
 * engine uses when it compiles a subject, without the envelope parse.
 */
export function findGrantIssues(grant: {
  resource: string;
  action: string;
  scope: string;
  condition?: unknown;
}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const resource = checkWords(grant, issues);
  if (!isScope(grant.scope)) {
    issues.push({
      path: "scope",
      message: `Unknown scope "${grant.scope}"; use one of ${SCOPES.join(", ")}.`,
    });
  } else if (resource && !allowedScopes(resource).includes(grant.scope)) {
    issues.push({
      path: "scope",
      message: `Scope "${grant.scope}" does not apply to ${resource}, which has no responsible; use ${allowedScopes(resource).join(" or ")}.`,
    });
  }
  return issues;
}

/** Validates a grant held by a role or group (a `Grant` row or template entry). */
export function validateGrant(input: unknown): ValidationResult<Grant> {
  const parsed = ZGrantEnvelope.safeParse(input);
  if (!parsed.success) return { ok: false, issues: envelopeIssues(parsed.error) };
  const grant = parsed.data;
  const issues = findGrantIssues(grant);
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      ...(grant.id === undefined ? {} : { id: grant.id }),
      resource: grant.resource as Grant["resource"],
      action: grant.action as Grant["action"],
      scope: grant.scope as Grant["scope"],
      condition: (grant.condition ?? null) as Grant["condition"],
    },
  };
}

export function findOverrideIssues(override: {
  resource: string;
  action: string;
  effect: string;
  condition?: unknown;
}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkWords(override, issues);
  if (!(OVERRIDE_EFFECTS as readonly string[]).includes(override.effect)) {
    issues.push({
      path: "effect",
      message: `Unknown effect "${override.effect}"; use allow or deny.`,
    });
  }
  return issues;
}

/** Validates a per-employee override (a `PermissionOverride` row). */
export function validateOverride(input: unknown): ValidationResult<Override> {
  const parsed = ZOverrideEnvelope.safeParse(input);
  if (!parsed.success) return { ok: false, issues: envelopeIssues(parsed.error) };
  const override = parsed.data;
  const issues = findOverrideIssues(override);
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      ...(override.id === undefined ? {} : { id: override.id }),
      resource: override.resource as Override["resource"],
      action: override.action as Override["action"],
      effect: override.effect as Override["effect"],
      condition: (override.condition ?? null) as Override["condition"],
    },
  };
}

export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
}
