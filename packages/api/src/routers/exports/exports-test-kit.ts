import { decide, type RecordResource } from "@charter/core/engine";
import type { PrismaClient } from "@charter/db/client";
import { engineRecordSelect, toEngineRecord } from "@charter/db/permissions";

import { createProjectScope, type TProjectScope } from "../../domain/access/project-scope";
import { loadSubject } from "../../domain/subject/load-subject";
import { findPersona, personaEmail } from "../../testing/personas";

// Expectations for the exports' tests, computed without the code under test.

/** RFC 4180 read back: quoted cells, doubled quotes, CRLF between records. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < csv.length; index += 1) {
    const char = csv[index];
    if (quoted) {
      if (char === '"' && csv[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && csv[index + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      index += 1;
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) throw new Error("The CSV does not end with CRLF.");
  return rows;
}

/** The CSV as objects keyed by its header row. */
export function csvRecords(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  if (!header) return [];
  return rows.map((row) =>
    Object.fromEntries(header.map((name, index) => [name, row[index] ?? ""])),
  );
}

export async function subjectOf(db: PrismaClient, persona: string) {
  const employee = await findPersona(db, persona);
  const loaded = await loadSubject(db, {
    employeeId: employee.id,
    clientIp: "127.0.0.1",
    now: new Date(),
  });
  if (!loaded) throw new Error(`${persona} has no usable subject.`);
  return { employee, ...loaded };
}

type TFindMany = (args: { where: object; select: object }) => Promise<Record<string, unknown>[]>;

/** Ids of every record of the project that `decide` lets the persona export, one by one. */
export async function idsExportableBy(
  db: PrismaClient,
  persona: string,
  resource: Extract<RecordResource, "company" | "contact" | "deal">,
): Promise<string[]> {
  const { subject, project } = await subjectOf(db, persona);
  // engineRecordSelect is built at run time, so the delegate is called untyped.
  const delegate = db[resource] as unknown as { findMany: TFindMany };
  const rows = await delegate.findMany({
    where: { projectId: project.id },
    select: { ...engineRecordSelect(resource), id: true },
  });
  return rows
    .filter((row) => decide(subject, "export", resource, toEngineRecord(row)).allowed)
    .map((row) => row.id as string)
    .sort();
}

/** The persona's request scope, for calling a domain function with options a procedure fixes. */
export async function scopeOf(db: PrismaClient, persona: string): Promise<TProjectScope> {
  const { employee, subject, project } = await subjectOf(db, persona);
  return createProjectScope({
    db,
    subject,
    project,
    actor: {
      projectId: project.id,
      employeeId: employee.id,
      actorEmail: personaEmail(persona),
      ip: "127.0.0.1",
    },
  });
}
