import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZDocumentWithBody, ZId } from "./document.schema";

export const ZGetInput = z.strictObject({ id: ZId("document") });

export const ZGetOutput = ZDocumentWithBody.extend({ can: ZRecordCan });
