import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZId, ZInvoiceStatus, ZInvoiceWithLines, ZVersion } from "./invoice.schema";

export const ZSetStatusInput = z.strictObject({
  id: ZId("invoice"),
  version: ZVersion,
  status: ZInvoiceStatus,
});

export const ZSetStatusOutput = ZInvoiceWithLines.extend({ can: ZRecordCan });
