"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import type { RouterInputs } from "@charter/api";

import { Alert } from "~/components/ui/alert";
import { FormDialog } from "~/components/ui/form-dialog";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import type { TPlainMessageKey } from "~/i18n/translate";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import { changedBuiltIns, findBuiltInProblems, type TBuiltInValues } from "./built-in-fields";
import { BuiltInInputs } from "./built-in-inputs";
import { refreshCompanyLists } from "./clients-cache";
import { COMPANY_FIELDS } from "./company-fields";

// A new company starts empty: every field is "changed" from this blank record.
const BLANK = Object.fromEntries(
  COMPANY_FIELDS.map((field) => [field.key, field.input === "checkbox" ? false : null]),
);

type TCreateInput = RouterInputs["companies"]["create"];

/**
 * Creates a company and opens its card. Whether the reader may create one is the API's to
 * say (the session does not list rights); a refusal is explained here, in their language.
 */
export function CompanyCreateDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const describe = useApiError();
  const [values, setValues] = useState<TBuiltInValues>(() => ({
    ...Object.fromEntries(
      COMPANY_FIELDS.map((field) => [field.key, field.input === "checkbox" ? false : ""]),
    ),
  }));
  const [problems, setProblems] = useState<Partial<Record<string, TPlainMessageKey>>>({});

  const create = useMutation(
    trpc.companies.create.mutationOptions({
      onSuccess: async (company) => {
        toast(t("clients.companyCreate.created", { name: company.name }), "success");
        router.push(`/clients/companies/${company.id}`);
        await refreshCompanyLists(queryClient, trpc);
      },
    }),
  );
  const error = describe(create.error);

  function submit() {
    const patch = changedBuiltIns(BLANK, COMPANY_FIELDS, values);
    const found = findBuiltInProblems(COMPANY_FIELDS, { name: null, ...patch });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    // Keys and values follow COMPANY_FIELDS, which mirrors the API's company fields.
    create.mutate(patch as TCreateInput);
  }

  return (
    <FormDialog
      onClose={onClose}
      pending={create.isPending}
      size="lg"
      title={t("clients.companyCreate.title")}
      description={t("clients.companyCreate.description")}
      submitLabel={t("clients.companyCreate.submit")}
      pendingLabel={t("clients.companyCreate.pending")}
      onSubmit={submit}
    >
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      <BuiltInInputs
        fields={COMPANY_FIELDS}
        values={values}
        onChange={(key, value) => setValues((current) => ({ ...current, [key]: value }))}
        errorOf={(key) => {
          const problem = problems[key];
          return problem ? t(problem) : error?.fieldMessage(key);
        }}
        disabled={create.isPending}
      />
    </FormDialog>
  );
}
