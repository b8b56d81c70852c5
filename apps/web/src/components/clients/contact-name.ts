/** "Jana Nováková": how a contact is named in lists, headings and links. */
export function contactName(contact: { firstName: string; lastName: string }): string {
  return `${contact.firstName} ${contact.lastName}`.trim();
}
