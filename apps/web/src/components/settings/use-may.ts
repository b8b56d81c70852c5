"use client";

import type { Action, Resource } from "@charter/core/engine";

import { useSessionRights } from "~/lib/use-session-rights";

/** `true` allowed, `false` refused, `undefined` not known (yet, or the answer failed). */
export type TMay = Partial<Record<Action, boolean>>;

/**
 * Whether the reader may take each action on a settings resource, from `session.me`'s rights.
 * Hiding is a courtesy: the server checks every call regardless, and an action whose answer
 * is unknown is offered and refused by the server if it must be.
 */
export function useMay(resource: Resource, actions: readonly Action[]): TMay {
  const rights = useSessionRights();
  return Object.fromEntries(actions.map((action) => [action, rights.may(resource, action)]));
}

/** Offer an action unless the server has said no. */
export function offered(may: TMay, action: Action): boolean {
  return may[action] !== false;
}
