import { z } from "zod";

import { ZCardKind, ZId, ZSection } from "./fields.schema";

export const ZReorderSectionsInput = z.strictObject({
  kind: ZCardKind,
  /** The card: null for the sections every type shows, or a type with its own as well. */
  typeId: ZId("type").nullable(),
  /** Every section of that card, once each, in the new order. */
  sectionIds: z.array(ZId("section")).min(1).max(200),
});

export const ZReorderSectionsOutput = z.array(ZSection);
