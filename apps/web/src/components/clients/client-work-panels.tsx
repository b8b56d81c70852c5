"use client";

import { RecordDocuments } from "~/components/documents/record-documents";
import { RecordRemindersPanel } from "~/components/tasks/reminders/record-reminders-panel";
import { RecordTasks } from "~/components/tasks/shared/record-tasks";
import { useSessionRights } from "~/lib/use-session-rights";

type TClientRef = { companyId: string } | { contactId: string };

/**
 * The work hanging on a client card: its tasks, the reader's reminders on it and its
 * documents, each only as far as the reader may see them. A kind the reader may not see at
 * all is left out rather than shown as an error.
 */
export function ClientWorkPanels({ of, name }: { of: TClientRef; name: string }) {
  const rights = useSessionRights();
  return (
    <>
      {rights.may("task", "view") === false ? null : <RecordTasks of={of} />}
      {rights.may("reminder", "view") === false ? null : (
        <RecordRemindersPanel of={of} defaultTitle={name} />
      )}
      {rights.may("document", "view") === false ? null : (
        <RecordDocuments of={of} mayGenerate={rights.may("document", "create") === true} />
      )}
    </>
  );
}
