import type { TSettingsRoleTemplatesMessages } from "../../en/settings/role-templates";

export const settingsRoleTemplates: TSettingsRoleTemplatesMessages = {
  "settings.roleTemplates.telephonist":
    "Vidí základní údaje klientských firem a zapisuje aktivity u kontaktů. Nemá přístup k nabídkám.",
  "settings.roleTemplates.external_telephonist":
    "Pro externí call centrum, které sdílí zájemce a akvizici: pracuje jen se zájemci, klienty a hovory, které samo vytvořilo, a nemůže exportovat.",
  "settings.roleTemplates.sales_representative":
    "Vidí základní údaje klientských firem, zapisuje aktivity u kontaktů a vytváří dokumenty (smlouvy, nabídky, objednávky) pro své klienty a obchody.",
  "settings.roleTemplates.service_technician":
    "Vidí jen základní údaje klientských firem a aktivity vázané na zákazníka a zapisuje aktivity. Nemá přístup k nabídkám ani náhled do prodeje.",
  "settings.roleTemplates.complaints":
    "Má přístup do všech sekcí kromě dokumentů smluv a faktur a kromě fakturace.",
  "settings.roleTemplates.invoicing_clerk":
    "Pracuje ve fakturaci firmy: faktury a fakturační dokumenty, čte klienty a obchody, které fakturuje.",
  "settings.roleTemplates.director":
    "Plný přístup do všech sekcí a ke všem záznamům firmy, ale nemůže smazat projekt (to smí jen Admin, A3).",
  "settings.roleTemplates.admin":
    "Plný přístup do všech sekcí. Operace vyhrazené Adminům (smazání projektu, změna Admina, změna vlastního přístupu) se nadále řídí typem uživatele.",
  "settings.roleTemplates.crm_admin":
    "Správce aplikace CRM: všechny záznamy, katalog, obchodní procesy, pole a role.",
  "settings.roleTemplates.crm_read_admin":
    "Správce, který smí číst všechny záznamy aplikace, ale nic nevytváří, neupravuje ani nemaže.",
  "settings.roleTemplates.crm_sales": "Obchodník odpovědný za své zájemce a obchody.",
  "settings.roleTemplates.crm_manager":
    "Vedoucí prodeje: zpracovává zájemce, vede obchody a spravuje je za celý svůj tým.",
  "settings.roleTemplates.crm_pam":
    "Manažer partnerských účtů: vidí příležitosti svého obchodního směru a upravuje ty, u jejichž partnerské firmy je odpovědnou osobou.",
  "settings.roleTemplates.crm_presale": "Presale manažer; stejná oprávnění jako crm_pam.",
  "settings.roleTemplates.crm_marketeer":
    "Vede marketingové kampaně a seznamy: čte, importuje a exportuje klienty, rozesílá hromadné e-maily.",
  "settings.roleTemplates.crm_certificate_manager":
    "Vytváří certifikace a vydává certifikáty (dokumenty druhu jiné) pro libovolného klienta.",
  "settings.roleTemplates.crm_partner_supervisor":
    "Vedoucí partnerské firmy: registruje příležitosti, sleduje všechny obchody své firmy a dohlíží na kolegy, kteří jednají s dodavatelem.",
  "settings.roleTemplates.project_manager":
    "Určuje aktuální úkoly, rozpracovává je s programátory a dohlíží na ně, když skupina nemá testera.",
  "settings.roleTemplates.programmer": "Plní úkoly, které mu byly přiděleny.",
  "settings.roleTemplates.tester":
    "Navazuje na práci programátorů: vidí úkoly skupiny, zakládá nové a pracuje na těch, které mu byly přiděleny.",
  "settings.roleTemplates.external_representative":
    "Osoba mimo firmu s krátkodobým přístupem pro práci s týmem: jen úkoly, které jí byly přiděleny. Nastavte zaměstnanci platnost přístupu; v tu chvíli končí všechna práva.",
};
