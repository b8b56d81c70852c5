import type { Grant } from "./types";
import {
  isRecordResource,
  type Action,
  type Resource,
  type Scope,
  type UserType,
} from "./vocabulary";

// The built-in rights of each user type (PERMISSIONS.md "Hierarchy rules"), and the
// choices docs/permissions.md records where the model is silent.

const ADMINISTRATION_SETTINGS: Partial<Record<Resource, readonly Action[] | "all">> = {
  report: ["view", "export"],
  product: ["view"],
  // E4: Admin and Administration manage sections and fields unless denied per user.
  "settings.fields": "all",
  "settings.org": ["view"],
  "settings.employees": ["view"],
  "settings.roles": ["view"],
  "settings.pipeline": ["view"],
};

const EMPLOYEE_SETTINGS: Partial<Record<Resource, readonly Action[] | "all">> = {
  report: ["view"],
  product: ["view"],
};

/** The scope a user type has by default on (resource, action); `none` when it has none. */
export function defaultScope(userType: UserType, resource: Resource, action: Action): Scope {
  if (userType === "admin") return "project";
  if (isRecordResource(resource)) {
    // F4: deleting a contact takes its notes and reminders with it and needs its own right.
    if (resource === "contact" && action === "delete") return "none";
    return userType === "administration" ? "subordinates" : "own";
  }
  const table = userType === "administration" ? ADMINISTRATION_SETTINGS : EMPLOYEE_SETTINGS;
  const actions = table[resource];
  return actions === "all" || actions?.includes(action) ? "project" : "none";
}

/** The reach an allow override gets: the user type's natural scope, narrowed by its condition. */
export function naturalScope(userType: UserType, resource: Resource): Scope {
  if (!isRecordResource(resource)) return "project";
  return userType === "admin" ? "project" : userType === "administration" ? "subordinates" : "own";
}

export function defaultGrant(userType: UserType, resource: Resource, action: Action): Grant | null {
  const scope = defaultScope(userType, resource, action);
  return scope === "none" ? null : { resource, action, scope, condition: null };
}
