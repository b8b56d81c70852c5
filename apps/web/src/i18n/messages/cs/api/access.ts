import type { TApiMirror } from "../../en/api-mirror";

export const apiAccess: TApiMirror<"access"> = {
  "api.access.noSuchId":
    "V projektu neexistuje {thing} s tímto identifikátorem. Záznam mohl být smazán.",
  "api.access.notInProject":
    "V tomto projektu neexistuje {thing} s tímto identifikátorem. Záznam mohl být smazán.",
  "api.access.forbiddenRecord": "Akci „{action}“ nemůžete provést u tohoto záznamu ({thing}).",
  "api.access.staleOpened":
    "Někdo tento záznam ({thing}) mezitím změnil. Načtěte ho znovu, zkontrolujte změny a zkuste to ještě jednou.",
  "api.access.staleSaveAgain":
    "Někdo tento záznam ({thing}) mezitím změnil. Načtěte ho znovu, zkontrolujte změny a uložte znovu.",
  "api.access.pickFromList":
    "Neexistuje {thing} s tímto identifikátorem. Vyberte hodnotu ze seznamu.",
  "api.access.noActiveEmployee":
    "V projektu není aktivní zaměstnanec s tímto identifikátorem. Vyberte někoho ze seznamu.",
  "api.access.noEmployee": "V projektu není zaměstnanec s tímto identifikátorem.",
};
