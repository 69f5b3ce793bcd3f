/** Every rule's texts in this language, one module per rule. */
import type { RuleId } from "../../../engine/types.js";
import type { RuleMessages } from "../types.js";
import { messages as licenceFile } from "./rules/licence-file.js";
import { messages as licenceHomologated } from "./rules/licence-homologated.js";
import { messages as licenceConsistent } from "./rules/licence-consistent.js";
import { messages as dataLicence } from "./rules/data-licence.js";
import { messages as repositoryPublic } from "./rules/repository-public.js";
import { messages as publiccode } from "./rules/publiccode.js";
import { messages as readme } from "./rules/readme.js";
import { messages as installDocs } from "./rules/install-docs.js";
import { messages as architectureSchema } from "./rules/architecture-schema.js";
import { messages as deploymentDocs } from "./rules/deployment-docs.js";
import { messages as technicalDocs } from "./rules/technical-docs.js";
import { messages as userManual } from "./rules/user-manual.js";
import { messages as contributing } from "./rules/contributing.js";
import { messages as changelog } from "./rules/changelog.js";
import { messages as roadmap } from "./rules/roadmap.js";
import { messages as maintainerContact } from "./rules/maintainer-contact.js";
import { messages as securityPolicy } from "./rules/security-policy.js";

export const rules: Record<RuleId, RuleMessages> = {
  "licence-file": licenceFile,
  "licence-homologated": licenceHomologated,
  "licence-consistent": licenceConsistent,
  "data-licence": dataLicence,
  "repository-public": repositoryPublic,
  "publiccode": publiccode,
  "readme": readme,
  "install-docs": installDocs,
  "architecture-schema": architectureSchema,
  "deployment-docs": deploymentDocs,
  "technical-docs": technicalDocs,
  "user-manual": userManual,
  "contributing": contributing,
  "changelog": changelog,
  "roadmap": roadmap,
  "maintainer-contact": maintainerContact,
  "security-policy": securityPolicy,
};
