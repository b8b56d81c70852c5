"use client";

import { DescriptionList } from "~/components/ui/description-list";
import { LocalTime } from "~/components/ui/local-time";
import { Panel } from "~/components/ui/panel";
import { useT } from "~/i18n/i18n-provider";

type TRecordMetaProps = {
  responsible: { name: string };
  createdAt: Date;
  updatedAt: Date;
};

/** Who looks after the record and when it was created and last changed. */
export function RecordMeta({ responsible, createdAt, updatedAt }: TRecordMetaProps) {
  const t = useT();
  return (
    <Panel title={t("clients.card.about")}>
      <DescriptionList
        columns={1}
        items={[
          { key: "responsible", label: t("clients.card.responsible"), value: responsible.name },
          {
            key: "created",
            label: t("clients.card.created"),
            value: <LocalTime value={createdAt} />,
          },
          {
            key: "updated",
            label: t("clients.card.updated"),
            value: <LocalTime value={updatedAt} />,
          },
        ]}
      />
    </Panel>
  );
}
