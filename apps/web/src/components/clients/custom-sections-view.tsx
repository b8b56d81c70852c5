"use client";

import { Badge } from "~/components/ui/badge";
import { DescriptionList } from "~/components/ui/description-list";
import { Panel } from "~/components/ui/panel";
import { useT } from "~/i18n/i18n-provider";

import type { TCustomSection } from "./card-types";
import { FieldValue } from "./field-value";

/**
 * The card's custom sections, as the API sends them: a section the reader may not see is
 * simply not in the answer (SPEC D8), so nothing here hides anything.
 */
export function CustomSectionsView({
  sections,
  markReadOnly,
}: {
  sections: readonly TCustomSection[];
  /** Badge the read-only sections: only useful when the reader may edit the others. */
  markReadOnly: boolean;
}) {
  const t = useT();
  return (
    <>
      {sections.map((section) => (
        <Panel
          key={section.id}
          title={section.name}
          aside={
            markReadOnly && section.access === "read" ? <Badge>{t("common.readOnly")}</Badge> : null
          }
        >
          <DescriptionList
            items={section.fields.map((field) => ({
              key: field.id,
              label: field.label,
              value: <FieldValue type={field.type} value={field.value} />,
            }))}
          />
        </Panel>
      ))}
    </>
  );
}
