import { createHash } from "node:crypto";

// The seed names every row by a key ("employee:b2b:petrov") and derives its id from it
// (a name-based UUID, version 5 layout), so a second run finds the same ids and inserts
// nothing new.
export function stableId(key: string): string {
  const hex = createHash("sha1").update(`charter-seed:${key}`).digest("hex");
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
