/** The fields a person edits on a company; the permission facts are set by the API. */
export type TCompanyFields = {
  name: string;
  registrationNumber?: string | null | undefined;
  vatId?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  website?: string | null | undefined;
  street?: string | null | undefined;
  city?: string | null | undefined;
  postalCode?: string | null | undefined;
  country?: string | null | undefined;
  isPartner?: boolean | undefined;
  typeId?: string | null | undefined;
};
