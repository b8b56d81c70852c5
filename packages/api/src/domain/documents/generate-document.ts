import { AppError } from "../../errors";
import { assertAllowed } from "../access/assert-allowed";
import type { TProjectScope } from "../access/project-scope";
import { findResponsibleOrThrow } from "../companies/responsible-facts";
import { buildRecordDraft } from "../contacts/record-draft";
import { DOCUMENT_WITH_BODY_SELECT, type TDocumentWithBody } from "./document-select";
import { getUsableTemplate } from "./list-templates";
import { findMergePaths, renderTemplate, sourceOf } from "./merge-fields";
import { findMergeLinks, type TLinkInput, type TMergeLinks } from "./merge-links";
import { buildMergeValues } from "./merge-values";

const LINKED_SOURCES = ["company", "contact", "deal", "invoice"] as const;

/**
 * A template that merges a record's fields needs that record: generating an offer without a
 * deal would silently print an offer for nothing. Every missing one is named at once.
 */
function assertSourcesOrThrow(template: { name: string; bodyHtml: string }, links: TMergeLinks) {
  const paths = findMergePaths(template.bodyHtml);
  const missing = LINKED_SOURCES.filter(
    (source) => links[source] === null && paths.some((path) => sourceOf(path) === source),
  );
  if (missing.length === 0) return;
  const needs = missing.map((source) => {
    const fields = paths.filter((path) => sourceOf(path) === source).map((path) => `{{${path}}}`);
    return `${source}Id: the template "${template.name}" merges ${source} fields (${fields.join(", ")}); choose a ${source} you may see.`;
  });
  throw new AppError("INVALID_INPUT", {
    key: "documents.templateNeedsRecords",
    params: { detail: needs.join(" ") },
  });
}

/**
 * Generates a document from a template the author may use (D9) for records they may view,
 * merging only values they may read, escaped as HTML (I1). The document is the author's, in
 * their sales direction (B3), a draft; the engine judges `create` on it as it would be saved.
 */
export async function generateDocument(
  scope: TProjectScope,
  input: TLinkInput & {
    templateId: string;
    title?: string | undefined;
    number?: string | undefined;
  },
): Promise<TDocumentWithBody> {
  const { subject, project } = scope;
  return scope.db.$transaction(async (tx) => {
    const template = await getUsableTemplate(scope, input.templateId, tx);
    const links = await findMergeLinks(scope, tx, input);
    assertSourcesOrThrow(template, links);
    const responsible = await findResponsibleOrThrow(
      tx,
      project.id,
      subject.employeeId,
      subject.context.now,
    );
    const { company, contact, deal, invoice } = links;
    assertAllowed(subject, "create", "document", {
      ...buildRecordDraft({
        projectId: project.id,
        directionId: subject.directionId,
        typeId: null,
        company,
        contactId: contact?.id ?? null,
        responsible,
      }),
      kind: template.kind,
      status: "draft",
      dealId: deal?.id ?? null,
      deal: deal ? { responsibleId: deal.responsibleId } : null,
    });

    const title = input.title ?? (company ? `${template.name} – ${company.name}` : template.name);
    const number = input.number ?? invoice?.number ?? null;
    const values = await buildMergeValues(tx, subject, { links, document: { title, number } });
    const document = await tx.document.create({
      data: {
        projectId: project.id,
        templateId: template.id,
        kind: template.kind,
        title,
        number,
        bodyHtml: renderTemplate(template.bodyHtml, values),
        companyId: company?.id ?? null,
        contactId: contact?.id ?? null,
        dealId: deal?.id ?? null,
        responsibleId: subject.employeeId,
        directionId: subject.directionId,
      },
      select: DOCUMENT_WITH_BODY_SELECT,
    });
    await scope.writeAudit(tx, {
      action: "create",
      resource: "document",
      recordId: document.id,
      after: { ...document, invoiceId: invoice?.id ?? null },
    });
    return document;
  });
}
