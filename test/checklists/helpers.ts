import type { ChecklistItemReport, ChecklistReport } from '../../src/checklists';

export function item(report: ChecklistReport, id: string): ChecklistItemReport {
  const found = report.items.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no item ${id} in the report`);
  return found;
}

/** Status, deadline and evidence ids of one item, in one comparable value. */
export function summary(report: ChecklistReport, id: string) {
  const found = item(report, id);
  return {
    status: found.status,
    dueAt: found.dueAt,
    evidence: found.evidence.map((ref) => `${ref.kind}:${ref.id}`),
  };
}
