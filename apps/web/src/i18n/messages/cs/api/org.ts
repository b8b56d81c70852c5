import type { TApiMirror } from "../../en/api-mirror";

export const apiOrg: TApiMirror<"org"> = {
  "api.org.staleReload":
    "Někdo tento záznam ({thing}) mezitím změnil. Načtěte stránku znovu a zkuste to ještě jednou.",
  "api.org.takenSameParent": "Název „{value}“ už ve stejném nadřazeném oddělení existuje.",
  "api.org.takenNewParent": "Tento název už v novém nadřazeném oddělení existuje.",
  "api.org.takenByDepartment": "„{value}“ už používá jiné oddělení.",
  "api.org.takenByBranch": "„{value}“ už používá jiná pobočka.",
  "api.org.takenByDirection": "„{value}“ už používá jiný obchodní směr.",
  "api.org.takenByWorkGroup": "„{value}“ už používá jiná pracovní skupina.",
  "api.org.stillReferenced":
    "„{name}“ ještě používají zaměstnanci nebo záznamy. Nejdřív je převeďte jinam.",
  "api.org.branchHasEmployee":
    "Pobočka „{name}“ má zaměstnance (počet: {count}). Nejdřív ho převeďte na jinou pobočku.",
  "api.org.branchHasEmployees":
    "Počet zaměstnanců pobočky „{name}“: {count}. Nejdřív je všechny převeďte na jinou pobočku.",
  "api.org.noSuchParent": "Toto oddělení v projektu neexistuje.",
  "api.org.parentRefused":
    "Oddělení sem nelze přesunout: vznikl by cyklus nebo neplatné nadřazené oddělení.",
  "api.org.parentInsideItself":
    "Oddělení nelze přesunout pod sebe samo ani pod žádné ze svých pododdělení.",
  "api.org.departmentHasChild":
    "Oddělení „{name}“ má pododdělení (počet: {count}). Nejdřív ho přesuňte nebo smažte.",
  "api.org.departmentHasChildren":
    "Počet pododdělení oddělení „{name}“: {count}. Nejdřív je přesuňte nebo smažte.",
  "api.org.departmentHasEmployee":
    "Oddělení „{name}“ má zaměstnance (počet: {count}). Nejdřív ho převeďte do jiného oddělení.",
  "api.org.departmentHasEmployees":
    "Počet zaměstnanců oddělení „{name}“: {count}. Nejdřív je všechny převeďte do jiného oddělení.",
  "api.org.directionInUse":
    "Obchodní směr „{name}“ se ještě používá (zaměstnanci: {employees}, záznamy: {recordCount}). Nejdřív jim přidělte jiný směr.",
  "api.org.noSuchEmployee": "Tento zaměstnanec v projektu neexistuje.",
  "api.org.notWorkGroupMember": "Tento zaměstnanec není členem pracovní skupiny.",
};
