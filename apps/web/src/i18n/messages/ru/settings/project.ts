import type { TSettingsProjectMessages } from "../../en/settings/project";

export const settingsProject: TSettingsProjectMessages = {
  "settings.area.project": "Профиль компании",
  "settings.area.project.description":
    "Название, регистрационные данные и адрес компании для всех создаваемых документов.",
  "settings.project.intro":
    "Эти данные подставляются в поля слияния всех договоров, предложений и счетов этого проекта.",
  "settings.project.company": "Компания",
  "settings.project.name": "Название в Charter",
  "settings.project.legalName": "Юридическое название",
  "settings.project.registration": "Регистрация",
  "settings.project.registrationCountry": "Страна регистрации",
  "settings.project.country.cz": "Чехия (IČO)",
  "settings.project.country.ru": "Россия (ИНН)",
  "settings.project.country.other": "Другая страна",
  "settings.project.registrationNumber": "Регистрационный номер",
  "settings.project.vatId": "Номер плательщика НДС",
  "settings.project.fillFromRegister": "Заполнить из реестра",
  "settings.project.lookingUp": "Запрашиваем реестр…",
  "settings.project.registerHint":
    "Выберите Чехию или Россию и введите номер, чтобы заполнить остальное из реестра компаний.",
  "settings.project.filled":
    "Заполнено из реестра. Проверьте данные и сохраните; до сохранения ничего не изменится.",
  "settings.project.notInRegister":
    "В реестре нет компании с таким номером. Проверьте номер или заполните профиль вручную.",
  "settings.project.address": "Адрес",
  "settings.project.street": "Улица",
  "settings.project.city": "Город",
  "settings.project.postalCode": "Почтовый индекс",
  "settings.project.country": "Страна",
  "settings.project.contact": "Контакты",
  "settings.project.email": "E-mail",
  "settings.project.phone": "Телефон",
  "settings.project.logoLater": "Логотип здесь пока загрузить нельзя.",
  "settings.project.saved": "Профиль компании сохранён.",
  "settings.project.readOnly":
    "Вы можете просматривать профиль; чтобы изменить его, нужно право на изменение организации.",
};
