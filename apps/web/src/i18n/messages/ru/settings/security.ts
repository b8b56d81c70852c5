import type { TSettingsSecurityMessages } from "../../en/settings/security";

export const settingsSecurity: TSettingsSecurityMessages = {
  "settings.security.intro":
    "Сотрудники с ограничением по IP могут входить и работать только из этих сетей. На остальных это не влияет.",
  "settings.security.addTitle": "Разрешить сеть",
  "settings.security.range": "Адрес, диапазон или CIDR",
  "settings.security.rangeHint":
    "IPv4 или IPv6, например 192.0.2.10, 192.0.2.10-192.0.2.99 или 192.0.2.0/24.",
  "settings.security.rangeInvalid":
    "Введите один адрес, диапазон вида 192.0.2.10-192.0.2.99 или CIDR вида 192.0.2.0/24.",
  "settings.security.label": "Метка",
  "settings.security.labelPlaceholder": "например, Офис в Праге",
  "settings.security.add": "Разрешить",
  "settings.security.added": "{range} теперь разрешён.",
  "settings.security.tableCaption": "Разрешённые сети",
  "settings.security.kind": "Вид",
  "settings.security.kind.single": "Один адрес",
  "settings.security.kind.range": "Диапазон",
  "settings.security.kind.cidr": "CIDR",
  "settings.security.empty":
    "Разрешённых сетей пока нет: сотрудники с ограничением по IP не могут войти ниоткуда.",
  "settings.security.deleteNamed": "Удалить {range}",
  "settings.security.deleteTitle": "Больше не разрешать {range}?",
  "settings.security.deleteBody":
    "Сотрудникам с ограничением по IP, работающим из этой сети, будет отказано со следующего запроса, и войти из неё они не смогут.",
  "settings.security.deleted": "{range} больше не разрешён.",
};
