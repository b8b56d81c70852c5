import type { TApiMirror } from "../../en/api-mirror";

export const apiSettings: TApiMirror<"projects" | "security" | "fields"> = {
  "api.projects.mayNotDelete": "Tento projekt nemůžete smazat.",
  "api.projects.confirmName":
    "Pro potvrzení, že se projekt smaže se vším, co obsahuje, napište jeho název „{name}“ přesně tak, jak je uveden.",
  "api.projects.onlyAdminCreates":
    "Projekt smí vytvořit jen Admin. Požádejte o jeho vytvoření Admina své firmy.",
  "api.projects.slugTaken": "Adresu „{slug}“ už používá jiný projekt. Zvolte jinou.",
  "api.projects.staleProfile":
    "Někdo mezitím změnil profil firmy. Načtěte ho znovu, zkontrolujte změny a uložte znovu.",
  "api.projects.notYours":
    "V tomto projektu nepracujete, nebo váš přístup do něj skončil. Vyberte některý ze svých projektů.",
  "api.projects.ipRestricted":
    "V projektu „{project}“ lze váš účet používat jen z povolených sítí firmy. Připojte se z některé z nich.",
  "api.security.badRange":
    "Toto není IP adresa, rozsah od–do ani CIDR. Zkontrolujte zápis, například 192.0.2.0/24.",
  "api.security.noSuchRange": "Takový povolený rozsah IP adres neexistuje.",
  "api.security.staleRange":
    "Někdo tento rozsah mezitím změnil. Načtěte stránku znovu a zkuste to ještě jednou.",
  "api.fields.fieldReadOnly":
    "Pole {fields} u tohoto záznamu ({thing}) nemůžete měnit. Vynechte ho, nebo se obraťte na správce.",
  "api.fields.fieldsReadOnly":
    "Pole {fields} u tohoto záznamu ({thing}) nemůžete měnit. Vynechte je, nebo se obraťte na správce.",
  "api.fields.staleSetting":
    "Někdo tento záznam ({thing}) mezitím změnil. Načtěte nastavení znovu a zkuste to ještě jednou.",
  "api.fields.notCrmGroups":
    "Některé z nich nejsou CRM skupiny tohoto projektu. Vyberte skupiny ze seznamu.",
  "api.fields.typeNameTaken": "Typ {kind} „{name}“ už existuje.",
  "api.fields.staleType":
    "Někdo tento typ mezitím změnil. Načtěte nastavení znovu a zkuste to ještě jednou.",
  "api.fields.typeUsedOnce":
    "Typ „{typeName}“ má záznam (počet: {count}). Nejdřív mu přidělte jiný typ.",
  "api.fields.typeUsed":
    "Počet záznamů s typem „{typeName}“: {count}. Nejdřív jim přidělte jiný typ.",
  "api.fields.listEachOnce":
    "Uveďte každou položku právě jednou, v novém pořadí. Pokud je někdo změnil, načtěte nastavení znovu.",
  "api.fields.defaultSectionsFirst":
    "Výchozí sekce karty zůstávají na začátku. Zařaďte je před ostatní.",
  "api.fields.defaultSectionStays":
    "„{section}“ je jedna ze dvou výchozích sekcí karty a nelze ji smazat. Přejmenujte ji, nebo její pole přesuňte či smažte.",
  "api.fields.selectNeedsChoice": "Zadejte pro výběrové pole alespoň jednu možnost.",
  "api.fields.onlySelectHasChoices":
    "Možnosti má jen výběrové pole; pole typu „{fieldType}“ žádné nemá.",
  "api.fields.keyTaken": "Tato sekce už má pole s klíčem „{key}“. Zvolte jiný klíč.",
  "api.fields.choiceInUseOnce":
    "Možnost {options} je ještě vybraná u záznamu (počet: {count}). Nejdřív tyto záznamy změňte, nebo možnost ponechte.",
  "api.fields.choiceInUse":
    "Možnost {options} je ještě vybraná u záznamů (počet: {count}). Nejdřív tyto záznamy změňte, nebo možnost ponechte.",
  "api.fields.choicesInUseOnce":
    "Možnosti {options} jsou ještě vybrané u záznamu (počet: {count}). Nejdřív tyto záznamy změňte, nebo možnosti ponechte.",
  "api.fields.choicesInUse":
    "Možnosti {options} jsou ještě vybrané u záznamů (počet: {count}). Nejdřív tyto záznamy změňte, nebo možnosti ponechte.",
  "api.fields.sectionReadOnly":
    "{fields} nemůžete měnit: pole patří do sekce, kterou nesmíte upravovat. Vynechte ho, nebo se obraťte na správce.",
  "api.fields.sectionsReadOnly":
    "{fields} nemůžete měnit: pole patří do sekce, kterou nesmíte upravovat. Vynechte je, nebo se obraťte na správce.",
  "api.fields.notOnCard":
    "{fields} nepatří mezi pole karty {kind}. Načtěte kartu znovu a zkuste to ještě jednou.",
  "api.fields.notOnCardMany":
    "{fields} nepatří mezi pole karty {kind}. Načtěte kartu znovu a zkuste to ještě jednou.",
  "api.fields.checkValues": "Zkontrolujte hodnoty polí.",
};
