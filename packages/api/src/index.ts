import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "./root";

export { appRouter } from "./root";
export type { AppRouter } from "./root";
export { createCallerFactory, createTRPCContext } from "./trpc";
export type { TContext, TCreateContextOptions } from "./trpc";
export { AppError } from "./errors";
export type { TAppErrorCode, TAppErrorData, TAppErrorDetails } from "./errors";
export type { TClientAddress } from "./domain/request/client-ip";
export type {
  TCompanyRegister,
  TRegisterCompany,
  TRegisterCountry,
} from "./domain/projects/company-register/company-register";
export { createOfflineCompanyRegister } from "./domain/projects/company-register/offline-company-register";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
