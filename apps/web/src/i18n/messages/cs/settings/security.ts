import type { TSettingsSecurityMessages } from "../../en/settings/security";

export const settingsSecurity: TSettingsSecurityMessages = {
  "settings.security.intro":
    "Zaměstnanci s omezením IP se smějí přihlásit a pracovat jen z těchto sítí. Ostatních se to netýká.",
  "settings.security.addTitle": "Povolit síť",
  "settings.security.range": "Adresa, rozsah nebo CIDR",
  "settings.security.rangeHint":
    "IPv4 nebo IPv6, např. 192.0.2.10, 192.0.2.10-192.0.2.99 nebo 192.0.2.0/24.",
  "settings.security.rangeInvalid":
    "Zadejte jednu adresu, rozsah jako 192.0.2.10-192.0.2.99 nebo CIDR jako 192.0.2.0/24.",
  "settings.security.label": "Popisek",
  "settings.security.labelPlaceholder": "např. Kancelář Praha",
  "settings.security.add": "Povolit",
  "settings.security.added": "{range} je nyní povolen.",
  "settings.security.tableCaption": "Povolené sítě",
  "settings.security.kind": "Druh",
  "settings.security.kind.single": "Jedna adresa",
  "settings.security.kind.range": "Od–do",
  "settings.security.kind.cidr": "CIDR",
  "settings.security.empty":
    "Zatím žádné povolené sítě: zaměstnanci s omezením IP se nemohou přihlásit odnikud.",
  "settings.security.deleteNamed": "Smazat {range}",
  "settings.security.deleteTitle": "Přestat povolovat {range}?",
  "settings.security.deleteBody":
    "Zaměstnanci s omezením IP, kteří pracují z této sítě, budou od příštího požadavku odmítnuti a nebudou se z ní moci přihlásit.",
  "settings.security.deleted": "{range} už není povolen.",
};
