import type { TApiMirror } from "../../en/api-mirror";

export const apiTasks: TApiMirror<"activities" | "tasks"> = {
  "api.activities.keepOneLink":
    "Aktivita musí zůstat propojená s firmou, kontaktem, objektem nebo obchodem. Než odeberete poslední propojení, přidejte jiné.",
  "api.tasks.noEmployee":
    "V projektu není zaměstnanec s tímto identifikátorem. Vyberte někoho ze seznamu.",
  "api.tasks.reminderResolved": "Tato připomínka už je vyřízená.",
  "api.tasks.unknownParticipants":
    "V projektu nejsou aktivní zaměstnanci s těmito identifikátory: {ids}. Vyberte účastníky ze seznamu.",
  "api.tasks.completeOnlyOpen": "Dokončit lze jen otevřený úkol. Nejdřív ho znovu otevřete.",
  "api.tasks.alreadyOpen": "Tento úkol už je otevřený.",
  "api.tasks.cancelOnlyOpen": "Zrušit lze jen otevřený úkol. Nejdřív ho znovu otevřete.",
};
