import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import {
  ZContactCard,
  ZContactFields,
  ZContactId,
  ZCustomValuesInput,
  ZVersion,
} from "./contact.schema";

export const ZUpdateInput = z
  .strictObject({
    id: ZContactId,
    /** The version the caller read; a stale one is a conflict. */
    version: ZVersion,
    fields: ZContactFields.partial().optional(),
    /** `{ [fieldId]: value }`; null clears a value. */
    customValues: ZCustomValuesInput.optional(),
  })
  .refine(
    (input) =>
      Object.keys(input.fields ?? {}).length + Object.keys(input.customValues ?? {}).length > 0,
    { message: "Change at least one field.", path: ["fields"] },
  );

export const ZUpdateOutput = ZContactCard.extend({ can: ZRecordCan });
