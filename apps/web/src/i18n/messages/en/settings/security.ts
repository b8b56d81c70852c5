import type { TMirror } from "./mirror";

/** Security settings (E1): the allowed IP ranges. */
export const settingsSecurity = {
  "settings.security.intro":
    "Employees marked IP-restricted may sign in and work only from these networks. Everyone else is not affected.",
  "settings.security.addTitle": "Allow a network",
  "settings.security.range": "Address, range or CIDR",
  "settings.security.rangeHint":
    "IPv4 or IPv6, e.g. 192.0.2.10, 192.0.2.10-192.0.2.99 or 192.0.2.0/24.",
  "settings.security.rangeInvalid":
    "Enter one address, a range such as 192.0.2.10-192.0.2.99, or a CIDR such as 192.0.2.0/24.",
  "settings.security.label": "Label",
  "settings.security.labelPlaceholder": "e.g. Prague office",
  "settings.security.add": "Allow",
  "settings.security.added": "{range} is now allowed.",
  "settings.security.tableCaption": "Allowed networks",
  "settings.security.kind": "Kind",
  "settings.security.kind.single": "Single address",
  "settings.security.kind.range": "From–to",
  "settings.security.kind.cidr": "CIDR",
  "settings.security.empty":
    "No networks allowed yet: IP-restricted employees cannot sign in from anywhere.",
  "settings.security.deleteNamed": "Delete {range}",
  "settings.security.deleteTitle": "Stop allowing {range}?",
  "settings.security.deleteBody":
    "IP-restricted employees working from this network are refused from their next request on, and cannot sign in from it.",
  "settings.security.deleted": "{range} is no longer allowed.",
} as const;

export type TSettingsSecurityMessages = TMirror<typeof settingsSecurity>;
