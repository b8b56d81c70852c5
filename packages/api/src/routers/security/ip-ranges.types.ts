import { z } from "zod";

export const ZIpRange = z.object({
  id: z.string(),
  label: z.string().nullable(),
  fromIp: z.string(),
  toIp: z.string(),
  cidr: z.string().nullable(),
  version: z.number().int(),
});

export const ZListIpRangesInput = z.strictObject({});
export const ZListIpRangesOutput = z.array(ZIpRange);

export const ZCreateIpRangeInput = z.strictObject({
  range: z
    .string()
    .trim()
    .min(1, "Give an address, a range like 10.0.0.1-10.0.0.99, or a CIDR like 10.0.0.0/24.")
    .max(200),
  label: z.string().trim().min(1).max(120).optional(),
});
export const ZCreateIpRangeOutput = ZIpRange;

export const ZDeleteIpRangeInput = z.strictObject({
  id: z.uuid(),
  version: z.number().int().min(1),
});
export const ZDeleteIpRangeOutput = z.object({ id: z.string() });
