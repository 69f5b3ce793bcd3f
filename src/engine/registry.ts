/** Every rule, listed explicitly: the order is the order of the report and the issue. */
import type { Rule } from "./types.js";
import { rule as licenceFile } from "./rules/licence-file.js";
import { rule as licenceHomologated } from "./rules/licence-homologated.js";
import { rule as licenceConsistent } from "./rules/licence-consistent.js";
import { rule as dataLicence } from "./rules/data-licence.js";
import { rule as repositoryPublic } from "./rules/repository-public.js";
import { rule as publiccode } from "./rules/publiccode.js";
import { rule as installDocs } from "./rules/install-docs.js";
import { rule as architectureSchema } from "./rules/architecture-schema.js";
import { rule as deploymentDocs } from "./rules/deployment-docs.js";
import { rule as readme } from "./rules/readme.js";
import { rule as technicalDocs } from "./rules/technical-docs.js";
import { rule as userManual } from "./rules/user-manual.js";
import { rule as contributing } from "./rules/contributing.js";
import { rule as changelog } from "./rules/changelog.js";
import { rule as roadmap } from "./rules/roadmap.js";
import { rule as maintainerContact } from "./rules/maintainer-contact.js";
import { rule as securityPolicy } from "./rules/security-policy.js";

export const RULES: readonly Rule[] = [
  licenceFile,
  licenceHomologated,
  licenceConsistent,
  dataLicence,
  repositoryPublic,
  publiccode,
  installDocs,
  architectureSchema,
  deploymentDocs,
  readme,
  technicalDocs,
  userManual,
  contributing,
  changelog,
  roadmap,
  maintainerContact,
  securityPolicy,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
