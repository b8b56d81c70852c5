// The demo company, mirrored from the setup guides: a Czech B2B company and its B2C
// division, each a project; a department tree, two branches, sales directions, an Admin,
// two Administration users with their Employees, and the other kinds of users the guides
// name (director, telephonist, read-only admin, partner account manager, an external
// representative whose access expires).
export type TDemoPerson = {
  key: string;
  name: string;
  email: string;
  position: string;
  userType: "admin" | "administration" | "employee";
  managerKey?: string;
  departmentKey?: string;
  branchKey?: string;
  directionKey?: string;
  roleKeys: string[];
  locale: "en" | "ru" | "cs";
  accessExpiresInDays?: number;
  reminderIntervalMinutes?: number;
  status?: "active" | "ip_restricted";
};

export type TDemoProject = {
  key: "b2b" | "b2c";
  slug: string;
  name: string;
  legalName: string;
  registrationNumber: string;
  vatId: string;
  street: string;
  city: string;
  postalCode: string;
  email: string;
  phone: string;
  departments: { key: string; name: string; parentKey?: string }[];
  branches: { key: string; name: string; city: string }[];
  directions: { key: string; code: string; name: string }[];
  people: TDemoPerson[];
};

export const DEMO_PASSWORD = "charter-demo";

export const DEMO_PROJECTS: TDemoProject[] = [
  {
    key: "b2b",
    slug: "charter-b2b",
    name: "Charter Demo B2B",
    legalName: "Charter Demo s.r.o.",
    registrationNumber: "27074358", // a valid IČO (mod-11)
    vatId: "CZ27074358",
    street: "Vinohradská 12",
    city: "Praha",
    postalCode: "120 00",
    email: "office@demo.charter.test",
    phone: "+420 222 111 000",
    departments: [
      { key: "company", name: "Charter Demo" },
      { key: "sales", name: "Sales", parentKey: "company" },
      { key: "sales_prague", name: "Sales Prague", parentKey: "sales" },
      { key: "sales_brno", name: "Sales Brno", parentKey: "sales" },
      { key: "service", name: "Service", parentKey: "company" },
      { key: "finance", name: "Finance", parentKey: "company" },
      { key: "marketing", name: "Marketing", parentKey: "company" },
    ],
    branches: [
      { key: "prague", name: "Prague", city: "Praha" },
      { key: "brno", name: "Brno", city: "Brno" },
    ],
    directions: [
      { key: "software", code: "SW", name: "Enterprise software" },
      { key: "hardware", code: "HW", name: "Hardware" },
      { key: "services", code: "SRV", name: "Services" },
    ],
    people: [
      {
        key: "novakova",
        name: "Alena Nováková",
        email: "admin@demo.charter.test",
        position: "CRM administrator",
        userType: "admin",
        departmentKey: "company",
        branchKey: "prague",
        roleKeys: ["admin"],
        locale: "cs",
      },
      {
        key: "kral",
        name: "Pavel Král",
        email: "director@demo.charter.test",
        position: "Managing director",
        userType: "administration",
        managerKey: "novakova",
        departmentKey: "company",
        branchKey: "prague",
        roleKeys: ["director"],
        locale: "cs",
      },
      {
        key: "petrov",
        name: "Ivan Petrov",
        email: "petrov@demo.charter.test",
        position: "Head of sales, Prague",
        userType: "administration",
        managerKey: "novakova",
        departmentKey: "sales_prague",
        branchKey: "prague",
        directionKey: "software",
        roleKeys: ["crm_manager"],
        locale: "ru",
        reminderIntervalMinutes: 30,
      },
      {
        key: "dvorakova",
        name: "Jana Dvořáková",
        email: "dvorakova@demo.charter.test",
        position: "Head of sales, Brno",
        userType: "administration",
        managerKey: "novakova",
        departmentKey: "sales_brno",
        branchKey: "brno",
        directionKey: "hardware",
        roleKeys: ["crm_manager"],
        locale: "cs",
      },
      {
        key: "ivanova",
        name: "Olga Ivanova",
        email: "ivanova@demo.charter.test",
        position: "Sales representative",
        userType: "employee",
        managerKey: "petrov",
        departmentKey: "sales_prague",
        branchKey: "prague",
        directionKey: "software",
        roleKeys: ["sales_representative"],
        locale: "ru",
        reminderIntervalMinutes: 15,
      },
      {
        key: "cerny",
        name: "Tomáš Černý",
        email: "cerny@demo.charter.test",
        position: "Telephonist",
        userType: "employee",
        managerKey: "petrov",
        departmentKey: "sales_prague",
        branchKey: "prague",
        directionKey: "software",
        roleKeys: ["telephonist"],
        locale: "cs",
      },
      {
        key: "marek",
        name: "Jiří Marek",
        email: "marek@demo.charter.test",
        position: "Complaints officer",
        userType: "employee",
        managerKey: "petrov",
        departmentKey: "service",
        branchKey: "prague",
        roleKeys: ["complaints"],
        locale: "cs",
      },
      {
        key: "novotny",
        name: "Marek Novotný",
        email: "novotny@demo.charter.test",
        position: "Service technician",
        userType: "employee",
        managerKey: "petrov",
        departmentKey: "service",
        branchKey: "prague",
        directionKey: "services",
        roleKeys: ["service_technician"],
        locale: "cs",
        status: "ip_restricted",
      },
      {
        key: "horakova",
        name: "Eva Horáková",
        email: "horakova@demo.charter.test",
        position: "Sales representative",
        userType: "employee",
        managerKey: "dvorakova",
        departmentKey: "sales_brno",
        branchKey: "brno",
        directionKey: "hardware",
        roleKeys: ["sales_representative"],
        locale: "cs",
      },
      {
        key: "prochazka",
        name: "Lukáš Procházka",
        email: "prochazka@demo.charter.test",
        position: "Partner account manager",
        userType: "employee",
        managerKey: "dvorakova",
        departmentKey: "sales_brno",
        branchKey: "brno",
        directionKey: "hardware",
        roleKeys: ["crm_pam"],
        locale: "cs",
      },
      {
        key: "vesela",
        name: "Kateřina Veselá",
        email: "vesela@demo.charter.test",
        position: "Invoicing clerk",
        userType: "employee",
        managerKey: "dvorakova",
        departmentKey: "finance",
        branchKey: "brno",
        roleKeys: ["invoicing_clerk"],
        locale: "cs",
      },
      {
        key: "mala",
        name: "Zuzana Malá",
        email: "auditor@demo.charter.test",
        position: "Internal auditor",
        userType: "employee",
        managerKey: "dvorakova",
        departmentKey: "finance",
        branchKey: "brno",
        roleKeys: ["crm_read_admin"],
        locale: "en",
      },
      {
        key: "kucera",
        name: "Martin Kučera",
        email: "external@demo.charter.test",
        position: "External sales representative",
        userType: "employee",
        managerKey: "dvorakova",
        departmentKey: "sales_brno",
        branchKey: "brno",
        directionKey: "hardware",
        roleKeys: ["external_representative"],
        locale: "cs",
        accessExpiresInDays: 30,
      },
    ],
  },
  {
    key: "b2c",
    slug: "charter-b2c",
    name: "Charter Demo B2C",
    legalName: "Charter Retail s.r.o.",
    registrationNumber: "25596641", // a valid IČO (mod-11)
    vatId: "CZ25596641",
    street: "Masarykova 5",
    city: "Brno",
    postalCode: "602 00",
    email: "shop@demo.charter.test",
    phone: "+420 544 000 111",
    departments: [
      { key: "retail", name: "Retail" },
      { key: "eshop", name: "E-shop", parentKey: "retail" },
      { key: "stores", name: "Stores", parentKey: "retail" },
    ],
    branches: [{ key: "brno", name: "Brno", city: "Brno" }],
    directions: [{ key: "retail", code: "RET", name: "Retail customers" }],
    people: [
      {
        key: "novakova",
        name: "Alena Nováková",
        email: "admin@demo.charter.test",
        position: "CRM administrator",
        userType: "admin",
        departmentKey: "retail",
        branchKey: "brno",
        roleKeys: ["admin"],
        locale: "cs",
      },
      {
        key: "petrov",
        name: "Ivan Petrov",
        email: "petrov@demo.charter.test",
        position: "Head of retail sales",
        userType: "administration",
        managerKey: "novakova",
        departmentKey: "retail",
        branchKey: "brno",
        directionKey: "retail",
        roleKeys: ["crm_manager"],
        locale: "ru",
      },
      {
        key: "smirnova",
        name: "Anna Smirnova",
        email: "smirnova@demo.charter.test",
        position: "Sales representative",
        userType: "employee",
        managerKey: "petrov",
        departmentKey: "eshop",
        branchKey: "brno",
        directionKey: "retail",
        roleKeys: ["sales_representative"],
        locale: "ru",
      },
      {
        key: "pokorny",
        name: "David Pokorný",
        email: "pokorny@demo.charter.test",
        position: "Sales representative",
        userType: "employee",
        managerKey: "petrov",
        departmentKey: "stores",
        branchKey: "brno",
        directionKey: "retail",
        roleKeys: ["sales_representative"],
        locale: "cs",
      },
    ],
  },
];
