import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";

import { TaskDetail } from "~/components/tasks/detail/task-detail";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";

type TTaskPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("tasks.detail.metaTitle") };
}

export default async function TaskRoute({ params }: TTaskPageProps) {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { id } = await params;
  // Not an id at all: the same 404 as a task that does not exist or is out of reach (D7).
  if (!z.uuid().safeParse(id).success) notFound();
  return <TaskDetail id={id} />;
}
