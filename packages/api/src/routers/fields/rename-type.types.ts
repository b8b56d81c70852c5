import { z } from "zod";

import { ZId, ZRecordType, ZTypeName, ZVersion } from "./fields.schema";

export const ZRenameTypeInput = z.strictObject({
  id: ZId("type"),
  version: ZVersion,
  name: ZTypeName,
});

export const ZRenameTypeOutput = ZRecordType;
