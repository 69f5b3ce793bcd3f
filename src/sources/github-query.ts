/**
 * The one GraphQL query of an audit: repository metadata, the existing Relais issues, the label, the
 * organisation's default configuration and the texts of the candidate files, each blob fetched by the
 * object id the tree gave (so texts and tree always describe the same commit).
 */
import type { TreeFile } from "./github-candidates.js";

export interface BlobNode {
  text: string | null;
  isBinary: boolean | null;
  byteSize: number;
  isTruncated?: boolean;
}

export interface IssueNode {
  number: number;
  state: "OPEN" | "CLOSED";
  stateReason: "COMPLETED" | "NOT_PLANNED" | "REOPENED" | "DUPLICATE" | null;
  title: string;
  body: string;
  createdAt: string;
  author: { login: string } | null;
}

export interface RepositoryNode {
  nameWithOwner: string;
  visibility: "PUBLIC" | "PRIVATE" | "INTERNAL";
  isArchived: boolean;
  isFork: boolean;
  isEmpty: boolean;
  hasIssuesEnabled: boolean;
  description: string | null;
  homepageUrl: string | null;
  defaultBranchRef: { name: string; target: { oid: string } | null } | null;
  repositoryTopics: { nodes: { topic: { name: string } }[] };
  licenseInfo: { spdxId: string | null } | null;
  releases: { totalCount: number };
  label: { name: string } | null;
  labelled: { nodes: IssueNode[] };
  mine?: { nodes: IssueNode[] };
  [alias: `f${number}`]: BlobNode | null;
}

export interface AuditQueryData {
  repository: RepositoryNode | null;
  organisation?: { isPrivate?: boolean; object: BlobNode | null } | null;
}

const ISSUE_FIELDS = "nodes { number state stateReason title body createdAt author { login } }";
const BLOB_FIELDS = "... on Blob { text isBinary byteSize isTruncated }";

/** Object ids come from GitHub's own tree; still, only hex reaches the query text. */
const OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export function buildAuditQuery(files: readonly TreeFile[], options: { creator: boolean; organisationConfig: boolean }): string {
  const blobs = files
    .map((file, index) => (OID.test(file.oid) ? `    f${index}: object(oid: "${file.oid}") { ${BLOB_FIELDS} }` : ""))
    .filter(Boolean);
  const variables = ["$owner: String!", "$name: String!", "$label: String!"];
  if (options.creator) variables.push("$creator: String!");
  if (options.organisationConfig) variables.push("$configExpression: String!");
  return [
    `query RelaisAudit(${variables.join(", ")}) {`,
    "  repository(owner: $owner, name: $name) {",
    "    nameWithOwner visibility isArchived isFork isEmpty hasIssuesEnabled description homepageUrl",
    "    defaultBranchRef { name target { oid } }",
    "    repositoryTopics(first: 20) { nodes { topic { name } } }",
    "    licenseInfo { spdxId }",
    "    releases { totalCount }",
    "    label(name: $label) { name }",
    `    labelled: issues(first: 20, labels: [$label], orderBy: { field: CREATED_AT, direction: ASC }) { ${ISSUE_FIELDS} }`,
    options.creator ? `    mine: issues(first: 20, filterBy: { createdBy: $creator }, orderBy: { field: CREATED_AT, direction: ASC }) { ${ISSUE_FIELDS} }` : "",
    ...blobs,
    "  }",
    options.organisationConfig ? `  organisation: repository(owner: $owner, name: ".github") { isPrivate object(expression: $configExpression) { ${BLOB_FIELDS} } }` : "",
    "}",
  ]
    .filter(Boolean)
    .join("\n");
}

/** The issues under another label than the one the audit query used (a configured `issue.label`). */
export const LABEL_QUERY = [
  "query RelaisLabel($owner: String!, $name: String!, $label: String!) {",
  "  repository(owner: $owner, name: $name) {",
  "    label(name: $label) { name }",
  `    labelled: issues(first: 20, labels: [$label], orderBy: { field: CREATED_AT, direction: ASC }) { ${ISSUE_FIELDS} }`,
  "  }",
  "}",
].join("\n");
