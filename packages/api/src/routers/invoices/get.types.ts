import { z } from "zod";

import { ZId, ZInvoiceWithLines } from "./invoice.schema";

export const ZGetInput = z.strictObject({ id: ZId("invoice") });

export const ZGetOutput = ZInvoiceWithLines;
