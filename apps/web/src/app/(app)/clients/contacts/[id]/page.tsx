import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";

import { ContactCard } from "~/components/clients/contact-card";
import { contactName } from "~/components/clients/contact-name";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";
import { getQueryClient, HydrateClient, isNothingToShow, serverTRPC } from "~/trpc/server";

type TContactPageProps = { params: Promise<{ id: string }> };

/**
 * Loads the contact while the page renders: a wrong id and a contact the reader may not see
 * are both a real 404 (SPEC D7), and the card starts with its data. Null means not found.
 */
const loadContact = cache(async (id: string) => {
  if (!z.uuid().safeParse(id).success) return null;
  try {
    return await getQueryClient().fetchQuery(serverTRPC.contacts.get.queryOptions({ id }));
  } catch (error) {
    if (isNothingToShow(error)) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: TContactPageProps): Promise<Metadata> {
  const { id } = await params;
  const contact = await loadContact(id);
  const { t } = await getTranslator();
  return { title: contact ? contactName(contact) : t("notFound.title") };
}

export default async function ContactPage({ params }: TContactPageProps) {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { id } = await params;
  const contact = await loadContact(id);
  if (!contact) notFound();
  return (
    <HydrateClient>
      <ContactCard id={id} />
    </HydrateClient>
  );
}
