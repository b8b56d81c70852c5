"use client";

import { useState, type DragEvent } from "react";

import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import type { TDepartmentNode, TDepartmentRow } from "./department-tree";

export type TDepartmentActions = {
  onAddChild?: (parent: TDepartmentRow) => void;
  onRename?: (department: TDepartmentRow) => void;
  onMove?: (department: TDepartmentRow) => void;
  onDelete?: (department: TDepartmentRow) => void;
  /** Drag and drop: moves `id` under `parentId` (null: to the top). */
  onDrop?: (id: string, parentId: string | null) => void;
};

type TTreeProps = TDepartmentActions & {
  nodes: readonly TDepartmentNode[];
  label: string;
};

const DRAG_TYPE = "application/x-charter-department";

/**
 * The department tree as nested lists. A row can be dragged onto another to move it there
 * (and onto the strip above the tree to move it to the top); every move is also a "Move…"
 * button, so the keyboard and screen readers lose nothing.
 */
export function DepartmentTreeView({ nodes, label, ...actions }: TTreeProps) {
  const t = useT();
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const draggable = Boolean(actions.onDrop);

  function drop(event: DragEvent, parentId: string | null) {
    event.preventDefault();
    const id = event.dataTransfer.getData(DRAG_TYPE) || dragging;
    setDragging(null);
    setOver(null);
    if (id && id !== parentId) actions.onDrop?.(id, parentId);
  }

  const dnd = {
    dragging,
    over,
    start: (id: string, event: DragEvent) => {
      event.dataTransfer.setData(DRAG_TYPE, id);
      event.dataTransfer.effectAllowed = "move";
      setDragging(id);
    },
    end: () => {
      setDragging(null);
      setOver(null);
    },
    enter: (id: string | null) => setOver(id ?? "root"),
    drop,
  };

  return (
    <div className="space-y-2">
      {draggable ? (
        // Always there, so nothing shifts under the pointer when a drag starts.
        <div
          onDragOver={(event) => {
            if (!dragging) return;
            event.preventDefault();
            dnd.enter(null);
          }}
          onDrop={(event) => drop(event, null)}
          className={cn(
            "rounded-lg border border-dashed px-4 py-2 text-center text-xs",
            over === "root"
              ? "border-indigo-400 bg-indigo-50 text-indigo-800"
              : dragging
                ? "border-slate-400 text-slate-600"
                : "border-slate-200 text-slate-400",
          )}
        >
          {t("settings.org.departments.dropToTop")}
        </div>
      ) : null}
      <ul aria-label={label} className="space-y-1">
        {nodes.map((node) => (
          <DepartmentItem key={node.department.id} node={node} actions={actions} dnd={dnd} />
        ))}
      </ul>
    </div>
  );
}

type TDnd = {
  dragging: string | null;
  over: string | null;
  start: (id: string, event: DragEvent) => void;
  end: () => void;
  enter: (id: string | null) => void;
  drop: (event: DragEvent, parentId: string | null) => void;
};

function DepartmentItem({
  node,
  actions,
  dnd,
}: {
  node: TDepartmentNode;
  actions: TDepartmentActions;
  dnd: TDnd;
}) {
  const t = useT();
  const { department } = node;
  const draggable = Boolean(actions.onDrop);
  const isOver = dnd.over === department.id && dnd.dragging !== department.id;
  const name = department.name;

  return (
    <li>
      <div
        draggable={draggable}
        onDragStart={(event) => dnd.start(department.id, event)}
        onDragEnd={dnd.end}
        onDragOver={(event) => {
          if (!dnd.dragging) return;
          event.preventDefault();
          dnd.enter(department.id);
        }}
        onDrop={(event) => dnd.drop(event, department.id)}
        data-testid="department-row"
        className={cn(
          "group flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border bg-white px-3 py-2",
          isOver ? "border-indigo-400 bg-indigo-50" : "border-slate-200",
          dnd.dragging === department.id && "opacity-50",
        )}
      >
        {draggable ? (
          <span aria-hidden="true" className="cursor-grab text-slate-400 select-none">
            ⠿
          </span>
        ) : null}
        <span className="font-medium text-slate-900">{name}</span>
        <Badge>{t("settings.org.employeeCount", { count: department.employeeCount })}</Badge>
        <span className="ml-auto flex flex-wrap gap-1">
          {actions.onAddChild ? (
            <Button
              variant="ghost"
              size="sm"
              aria-label={t("settings.org.departments.addChildOf", { name })}
              onClick={() => actions.onAddChild?.(department)}
            >
              {t("settings.org.departments.addChild")}
            </Button>
          ) : null}
          {actions.onRename ? (
            <Button
              variant="ghost"
              size="sm"
              aria-label={t("settings.org.renameNamed", { name })}
              onClick={() => actions.onRename?.(department)}
            >
              {t("settings.org.rename")}
            </Button>
          ) : null}
          {actions.onMove ? (
            <Button
              variant="ghost"
              size="sm"
              aria-label={t("settings.org.departments.moveNamed", { name })}
              onClick={() => actions.onMove?.(department)}
            >
              {t("settings.org.departments.move")}
            </Button>
          ) : null}
          {actions.onDelete ? (
            <Button
              variant="ghost"
              size="sm"
              aria-label={t("settings.org.deleteNamed", { name })}
              onClick={() => actions.onDelete?.(department)}
            >
              {t("common.delete")}
            </Button>
          ) : null}
        </span>
      </div>
      {node.children.length > 0 ? (
        <ul
          aria-label={t("settings.org.departments.childrenOf", { name })}
          className="mt-1 ml-5 space-y-1 border-l border-slate-200 pl-3"
        >
          {node.children.map((child) => (
            <DepartmentItem key={child.department.id} node={child} actions={actions} dnd={dnd} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
