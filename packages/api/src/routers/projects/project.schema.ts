import { z } from "zod";

// Shared by the projects procedures' input and output schemas.

export const ZVersion = z.number().int().positive("version must be the version you last read.");

export const ZProjectRef = z.object({ id: z.string(), name: z.string() });

export const ZUserType = z.enum(["admin", "administration", "employee"]);
