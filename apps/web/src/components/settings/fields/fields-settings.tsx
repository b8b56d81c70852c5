"use client";

import { Select } from "~/components/ui/select";
import { LoadingBlock } from "~/components/ui/skeleton";
import { TabPanel, Tabs } from "~/components/ui/tabs";
import { useT } from "~/i18n/i18n-provider";
import { useUrlParams } from "~/lib/use-url-params";

import { LoadError } from "../load-error";
import { SettingsPageHeader } from "../settings-page-header";
import { useMay } from "../use-may";
import { CARD_KIND_LABELS, CARD_KINDS, isCardKind } from "./field-labels";
import { RecordTypesPanel } from "./record-types-panel";
import { SectionsEditor } from "./sections-editor";
import { useRecordTypes } from "./use-fields-queries";

const URL_KEYS = ["kind", "type"] as const;
const TABS_ID = "fields";

/**
 * F1, F2, D8, E4: record types and the sections and fields of each card. The kind and the card
 * being edited are in the URL.
 */
export function FieldsSettings() {
  const t = useT();
  const [params, setParams] = useUrlParams(URL_KEYS);
  const kind = isCardKind(params.kind) ? params.kind : "company";
  const may = useMay("settings.fields", ["create", "edit", "delete"]);
  const types = useRecordTypes();
  const kindTypes = (types.data ?? []).filter((type) => type.kind === kind);
  const typeId = kindTypes.some((type) => type.id === params.type) ? (params.type ?? null) : null;

  return (
    <div className="space-y-5">
      <SettingsPageHeader title={t("settings.area.fields")} intro={t("settings.fields.intro")} />
      <Tabs
        idBase={TABS_ID}
        label={t("settings.fields.kindsLabel")}
        value={kind}
        onChange={(next) => setParams({ kind: next === "company" ? null : next, type: null })}
        items={CARD_KINDS.map((value) => ({ value, label: t(CARD_KIND_LABELS[value]) }))}
      />
      <TabPanel idBase={TABS_ID} value={kind}>
        {types.isError ? (
          <LoadError error={types.error} onRetry={() => void types.refetch()} />
        ) : types.isPending ? (
          <LoadingBlock label={t("common.loading")} />
        ) : (
          <div className="grid gap-5 lg:grid-cols-[18rem_1fr] lg:items-start">
            <RecordTypesPanel
              kind={kind}
              types={kindTypes}
              may={may}
              onCreated={(created) => setParams({ type: created.id })}
            />
            <div className="min-w-0 space-y-4">
              <Select
                label={t("settings.fields.card")}
                containerClassName="max-w-sm"
                hint={t("settings.fields.cardHint")}
                value={typeId ?? ""}
                placeholder={t("settings.fields.everyCard")}
                options={kindTypes.map((type) => ({
                  value: type.id,
                  label: t("settings.fields.typeCard", { type: type.name }),
                }))}
                onChange={(event) => setParams({ type: event.target.value })}
              />
              <SectionsEditor kind={kind} typeId={typeId} may={may} />
            </div>
          </div>
        )}
      </TabPanel>
    </div>
  );
}
