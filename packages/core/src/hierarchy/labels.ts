import type { UserType } from "../engine/vocabulary";

export function nameOf(item: { id: string; name?: string } | undefined, fallback = "?"): string {
  return item?.name ?? item?.id ?? fallback;
}

export function typeName(userType: UserType): string {
  return userType === "admin"
    ? "an Admin"
    : userType === "administration"
      ? "an Administration user"
      : "an Employee";
}
