import { CATALOG } from "./catalog";
import type { Resource } from "./vocabulary";

/**
 * The paths `decide` reads on a record of `resource`: load them (the relations with a
 * select) before asking. Names are included so `explain` can name people and places.
 */
export function requiredFacts(resource: Resource): string[] {
  const paths = new Set(Object.keys(CATALOG[resource].fields));
  for (const relation of Object.keys(CATALOG[resource].relations)) paths.add(`${relation}.name`);
  if (Object.hasOwn(CATALOG[resource].fields, "directionId")) paths.add("direction.name");
  return [...paths];
}
