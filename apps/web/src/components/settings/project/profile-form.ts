import type { RouterInputs, RouterOutputs } from "@charter/api";

type TProfile = RouterOutputs["projects"]["profile"]["get"];
type TProfileUpdate = RouterInputs["projects"]["profile"]["update"];

export const PROFILE_TEXT_KEYS = [
  "name",
  "legalName",
  "registrationNumber",
  "vatId",
  "street",
  "city",
  "postalCode",
  "country",
  "email",
  "phone",
] as const;

export type TProfileTextKey = (typeof PROFILE_TEXT_KEYS)[number];

/** The form's state: text boxes hold strings, "" meaning "none"; the country is "" for none. */
export type TProfileForm = Record<TProfileTextKey, string> & {
  registrationCountry: "" | "cz" | "ru" | "other";
};

export function toProfileForm(profile: TProfile): TProfileForm {
  return {
    name: profile.name,
    legalName: profile.legalName ?? "",
    registrationCountry: profile.registrationCountry ?? "",
    registrationNumber: profile.registrationNumber ?? "",
    vatId: profile.vatId ?? "",
    street: profile.street ?? "",
    city: profile.city ?? "",
    postalCode: profile.postalCode ?? "",
    country: profile.country ?? "",
    email: profile.email ?? "",
    phone: profile.phone ?? "",
  };
}

const REGISTRATION = ["registrationCountry", "registrationNumber", "vatId"] as const;

/**
 * What a save sends: the fields that changed, emptied ones as null. The registration (country,
 * number, VAT id) is checked as a whole by the API, so a change to any of the three sends all
 * three. Null when nothing changed.
 */
export function changedProfileFields(
  profile: TProfile,
  form: TProfileForm,
): Omit<TProfileUpdate, "version"> | null {
  const next: Record<string, string | null> = {
    registrationCountry: form.registrationCountry || null,
  };
  for (const key of PROFILE_TEXT_KEYS) next[key] = form[key].trim() || null;
  const changed: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(next)) {
    if (value !== (profile[key as keyof TProfile] ?? null)) changed[key] = value;
  }
  if (REGISTRATION.some((key) => key in changed)) {
    for (const key of REGISTRATION) changed[key] = next[key] ?? null;
  }
  if ("name" in changed && changed.name === null) changed.name = "";
  return Object.keys(changed).length > 0 ? changed : null;
}
