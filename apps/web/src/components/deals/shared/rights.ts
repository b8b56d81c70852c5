import type { RouterOutputs } from "@charter/api";

/** What `session.me` says the reader may do on some records of each resource. */
export type TRights = RouterOutputs["session"]["me"]["rights"];
type TResource = keyof TRights;
type TAction = TRights[TResource][number];

/**
 * Whether to offer an action on a resource (a "New" button, "Log a call"). The server still
 * judges each call on its record; pages get the rights from the server as they render, so
 * the offer is the same on the server and in the browser.
 */
export function may(rights: TRights, resource: TResource, action: TAction): boolean {
  return rights[resource]?.includes(action) ?? false;
}
