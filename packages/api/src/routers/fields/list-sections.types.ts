import { z } from "zod";

import { ZCardKind, ZId, ZSection } from "./fields.schema";

export const ZListSectionsInput = z.strictObject({
  kind: ZCardKind,
  /** null: the sections every type shows; a type id: that type's own; omitted: all. */
  typeId: ZId("type").nullable().optional(),
});

export const ZListSectionsOutput = z.array(ZSection);
