/** The order every renderer shows findings in: by axis, then what is missing before what is present. */
import { AXES, type Axis, type Finding, type Report } from "../engine/types.js";

const STATUS_ORDER = { fail: 0, warn: 1, pass: 2, skip: 3 } as const;
const LEVEL_ORDER = { required: 0, recommended: 1, off: 2 } as const;

export interface AxisGroup {
  axis: Axis;
  findings: Finding[];
}

export function groupByAxis(report: Report): AxisGroup[] {
  return AXES.map((axis) => ({
    axis,
    findings: report.findings
      .filter((f) => f.axis === axis && f.level !== "off")
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]),
  })).filter((group) => group.findings.length > 0);
}

/** Findings that ask for work: failures. A warned item is met (it carries advice), as the summary counts it. */
export function needsWork(finding: Finding): boolean {
  return finding.status === "fail";
}

export function summaryParams(report: Report) {
  const { required, recommended } = report.summary;
  return {
    requiredPass: required.pass,
    requiredTotal: required.pass + required.fail,
    recommendedPass: recommended.pass,
    recommendedTotal: recommended.pass + recommended.fail,
    count: required.fail,
  };
}
