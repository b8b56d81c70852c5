"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import { EmptyState } from "~/components/empty-state";
import { Button } from "~/components/ui/button";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../action-error";
import { LoadError } from "../load-error";
import { RenameDialog } from "../rename-dialog";
import { offered, type TMay } from "../use-may";
import { useSettingsError } from "../use-settings-error";
import { cardSections } from "./card-sections";
import { canMoveSection, moveId } from "./reorder";
import { SectionCard } from "./section-card";
import { SectionLimitAction } from "./section-limit";
import { useRefreshFields, useSections, type TCardKind } from "./use-fields-queries";

/** F2: the sections of one card in order, with their fields; new sections go on this card. */
export function SectionsEditor({
  kind,
  typeId,
  may,
}: {
  kind: TCardKind;
  /** null: the card every record of the kind shows; a type: that type's card. */
  typeId: string | null;
  may: TMay;
}) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const readError = useSettingsError();
  const refresh = useRefreshFields();
  const all = useSections(kind);
  const [creating, setCreating] = useState(false);

  const reorder = useMutation(
    trpc.fields.reorderSections.mutationOptions({ onSuccess: () => refresh() }),
  );
  const create = useMutation(
    trpc.fields.createSection.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setCreating(false);
        toast(t("settings.fields.sectionCreated"), "success");
      },
    }),
  );

  if (all.isError) return <LoadError error={all.error} onRetry={() => void all.refetch()} />;
  if (all.isPending) return <LoadingBlock label={t("common.loading")} lines={6} />;

  const sections = cardSections(all.data, typeId);
  const ids = sections.map((section) => section.id);
  const move = (index: number, delta: -1 | 1) =>
    canMoveSection(sections, index, delta)
      ? () => reorder.mutate({ kind, typeId, sectionIds: moveId(ids, index, delta) })
      : undefined;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-2xl text-sm text-slate-600">{t("settings.fields.sectionsIntro")}</p>
        {offered(may, "create") ? (
          <Button
            onClick={() => {
              create.reset();
              setCreating(true);
            }}
          >
            {t("settings.fields.newSection")}
          </Button>
        ) : null}
      </div>
      <div aria-live="polite">
        <ActionError error={readError(reorder.error)} />
      </div>
      {sections.length === 0 ? (
        <EmptyState title={t("settings.fields.noSectionsTitle")}>
          {t("settings.fields.noSectionsBody")}
        </EmptyState>
      ) : (
        <ol className="space-y-4">
          {sections.map((section, index) => (
            <li key={section.id}>
              <SectionCard
                section={section}
                shared={typeId !== null && section.typeId === null}
                may={may}
                onMoveUp={move(index, -1)}
                onMoveDown={move(index, 1)}
                moving={reorder.isPending}
                limitAction={<SectionLimitAction section={section} />}
              />
            </li>
          ))}
        </ol>
      )}
      {creating ? (
        <RenameDialog
          title={t("settings.fields.newSectionTitle")}
          label={t("settings.fields.sectionName")}
          initial=""
          maxLength={100}
          submitLabel={t("settings.org.create")}
          onClose={() => setCreating(false)}
          onSubmit={(name) => create.mutate({ kind, typeId, name })}
          pending={create.isPending}
          error={readError(create.error)}
        />
      ) : null}
    </div>
  );
}
