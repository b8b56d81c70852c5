// Name parts for the demo clients: Czech and Russian, as in the guides' companies.
export const COMPANY_STEMS = ["Alfa", "Bohemia", "Moravia", "Vltava", "Tatra", "Sokol", "Orbit", "Nova", "Delta", "Praga", "Helios", "Atlas", "Krystal", "Lipa", "Sever", "Volga", "Ural", "Baltika", "Zenit", "Granit"];
export const COMPANY_TRADES = ["Systems", "Trade", "Stav", "Tech", "Logistics", "Foods", "Energy", "Software", "Consulting", "Steel", "Media", "Pharma"];
export const COMPANY_FORMS = ["s.r.o.", "a.s.", "s.r.o.", "spol. s r.o.", "OOO", "AO"];
export const CITIES = ["Praha", "Brno", "Ostrava", "Plzeň", "Olomouc", "Liberec", "Moskva", "Sankt-Peterburg", "Kazan", "Bratislava"];
export const FIRST_NAMES = ["Jan", "Petra", "Tomáš", "Lucie", "Martin", "Veronika", "Jakub", "Tereza", "Ondřej", "Barbora", "Sergey", "Elena", "Dmitry", "Natalia", "Alexey", "Irina", "Pavel", "Marie", "Filip", "Kristýna"];
export const LAST_NAMES = ["Novák", "Svobodová", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý", "Horáková", "Němec", "Marková", "Smirnov", "Kuznetsova", "Popov", "Sokolova", "Lebedev", "Kozlova", "Pospíšil", "Hájková", "Jelínek", "Králová"];
export const POSITIONS = ["CEO", "CFO", "IT manager", "Purchasing manager", "Office manager", "Head of operations", "Project manager", "Sales director"];
export const ACTIVITY_SUBJECTS = {
  call: ["Intro call", "Follow-up call", "Pricing questions", "Renewal call", "Support escalation"],
  meeting: ["On-site demo", "Kick-off meeting", "Quarterly review", "Contract negotiation"],
  note: ["Budget approved for Q3", "Decision maker is the CFO", "Prefers e-mail contact", "Competitor offer received"],
  email: ["Sent the offer", "Sent references", "Meeting summary", "Invoice reminder"],
} as const;
export const DEAL_TOPICS = ["CRM rollout", "Server refresh", "Backup project", "Security audit", "Support renewal", "Laptop fleet", "Training programme", "Network storage"];
