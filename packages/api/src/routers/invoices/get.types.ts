import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZId, ZInvoiceWithLines } from "./invoice.schema";

export const ZGetInput = z.strictObject({ id: ZId("invoice") });

export const ZGetOutput = ZInvoiceWithLines.extend({ can: ZRecordCan });
