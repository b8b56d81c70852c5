import type { TApiMirror } from "../../en/api-mirror";

export const apiRoles: TApiMirror<"roles"> = {
  "api.roles.staleCheck":
    "Někdo tento záznam ({thing}) mezitím změnil. Načtěte ho znovu, zkontrolujte změny a zkuste to ještě jednou.",
  "api.roles.roleNameTaken": "Role „{name}“ už existuje. Zvolte jiný název.",
  "api.roles.groupNameTaken": "Skupina „{name}“ už existuje. Zvolte jiný název.",
  "api.roles.mayNotRole": "Akci „{action}“ nemůžete provést u role „{name}“.",
  "api.roles.mayNotGroup": "Akci „{action}“ nemůžete provést u skupiny „{name}“.",
  "api.roles.mayNotRolesOf": "Akci „{action}“ nemůžete provést u rolí zaměstnance {name}.",
  "api.roles.mayNotOverridesOf":
    "Akci „{action}“ nemůžete provést u osobních výjimek zaměstnance {name}.",
  "api.roles.mayNotGroupsOf": "Akci „{action}“ nemůžete provést u skupin zaměstnance {name}.",
  "api.roles.mayNotRoles": "Akci „{action}“ nemůžete provést u rolí.",
  "api.roles.mayNotGroups": "Akci „{action}“ nemůžete provést u skupin.",
  "api.roles.readOnlySelf":
    "Role „{role}“ je jen pro čtení: s ní byste nemohli nic měnit, ani ji ze sebe zase odebrat. Požádejte o to jiného Admina.",
  "api.roles.roleGrantExists":
    "Role „{name}“ už uděluje oprávnění „{action}“ v oblasti „{resource}“ s rozsahem „{scope}“ a stejnou podmínkou.",
  "api.roles.groupGrantExists":
    "Skupina „{name}“ už uděluje oprávnění „{action}“ v oblasti „{resource}“ s rozsahem „{scope}“ a stejnou podmínkou.",
  "api.roles.expiryInPast":
    "Zadejte okamžik v budoucnosti, nebo pole nechte prázdné. Chcete-li roli ukončit hned, odeberte ji.",
  "api.roles.alreadyHeld":
    "{employee} už má roli „{role}“. Chcete-li změnit, kdy skončí, pošlete verzi přidělení.",
  "api.roles.alreadyHeldUntil":
    "{employee} už má roli „{role}“ do {until}. Chcete-li změnit, kdy skončí, pošlete verzi přidělení.",
  "api.roles.noSuchTemplate":
    "Vestavěná šablona „{template}“ neexistuje. Místo toho zkopírujte některou z rolí projektu.",
  "api.roles.heldByOne":
    "Roli „{role}“ má jeden zaměstnanec ({names}). Nejdřív mu ji odeberte, aby nikdo nečekaně nepřišel o oprávnění.",
  "api.roles.heldByMany":
    "Počet zaměstnanců s rolí „{role}“: {count} ({names}). Nejdřív jim ji odeberte, aby nikdo nečekaně nepřišel o oprávnění.",
  "api.roles.heldByManyMore":
    "Počet zaměstnanců s rolí „{role}“: {count} ({names} a další: {more}). Nejdřív jim ji odeberte, aby nikdo nečekaně nepřišel o oprávnění.",
  "api.roles.fieldRuleExists":
    "Role „{role}“ už má pravidlo pro pole {field} („{access}“). Chcete-li ho změnit, pošlete jeho verzi.",
  "api.roles.invalidGrant": "Toto oprávnění nelze uložit: zkontrolujte jeho podmínku a rozsah.",
  "api.roles.invalidGroupGrant":
    "Toto oprávnění skupiny nelze uložit: zkontrolujte jeho podmínku a rozsah.",
  "api.roles.invalidOverride": "Tuto osobní výjimku nelze uložit: zkontrolujte její podmínku.",
  "api.roles.invalidFieldRule": "Toto pravidlo pole nelze uložit: zkontrolujte pole a přístup.",
  "api.roles.noSuchManager": "V projektu není zaměstnanec s identifikátorem {id}.",
  "api.roles.groupLimits":
    "Skupina „{name}“ omezuje přístup k sekcím nebo šablonám dokumentů. Nejdřív je z tohoto omezení uvolněte, aby se neotevřely všem.",
  "api.roles.lastManager":
    "{employee} je posledním vedoucím skupiny „{group}“. Nejdřív udělejte vedoucím jiného člena, nebo skupinu smažte.",
  "api.roles.lastManagerUnnamed":
    "Tento zaměstnanec je posledním vedoucím skupiny „{group}“. Nejdřív udělejte vedoucím jiného člena, nebo skupinu smažte.",
  "api.roles.notGroupMember": "Tento zaměstnanec není členem skupiny „{group}“.",
};
