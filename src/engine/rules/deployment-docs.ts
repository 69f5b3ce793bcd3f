/**
 * deployment-docs: how the project runs in production, so that the host administration can operate
 * it after the team leaves.
 *
 * A guide passes: a file named for deployment or operations (DEPLOY*, Deploiement.md,
 * docs/exploitation.md, mise-en-production…) or a section so titled ("Déploiement", "Mise en
 * production", "Production", "Exploitation", "Hébergement", "Deployment") that gives commands,
 * numbered steps or a few lines of explanation. Deployment descriptors alone (Dockerfile, compose
 * file, Helm chart, Kubernetes manifests, Ansible, Terraform, Procfile, platform files) show the
 * project can be deployed but not how it is in this administration: a warning that names them.
 */
import { commandsOf } from "../commands.js";
import { mayDocumentProject, scannedDocuments } from "../doc-candidates.js";
import { basename } from "../file-index.js";
import { hasSubstance, normaliseHeading, sectionEvidence } from "../locate.js";
import { projectFiles } from "../nested-projects.js";
import { fail, pass, warn } from "../outcome.js";
import type { Section } from "../documents.js";
import type { Rule } from "../types.js";
import { DEPLOY_HEADING } from "../vocabulary.js";

const DOCUMENT = /\.(md|markdown|mdx|rst|txt|adoc|asciidoc)$/i;

/** Deployment descriptors, by file name (or by folder for Kubernetes manifests and Ansible roles). */
const DESCRIPTOR_FILE =
  /^(dockerfile([.-].*)?|.*\.dockerfile|containerfile|(docker-)?compose([.-].*)?\.ya?ml|chart\.ya?ml|helmfile\.ya?ml|kustomization\.ya?ml|skaffold\.ya?ml|procfile|fly\.toml|netlify\.toml|vercel\.json|scalingo\.json|render\.ya?ml|ansible\.cfg|playbook.*\.ya?ml|.*\.tf|capfile|.*\.service|\.kube-workflow.*|vagrantfile)$/i;
const DESCRIPTOR_FOLDER = /(^|\/)(k8s|kubernetes|helm|charts|ansible|roles|terraform|\.kube-workflow|deploy|deployment|infra)\//i;
const MANIFEST_EXTENSION = /\.(ya?ml|tf|j2)$/i;

export function isDescriptor(path: string): boolean {
  if (DESCRIPTOR_FILE.test(basename(path))) return !/ignore$/i.test(path);
  return MANIFEST_EXTENSION.test(path) && DESCRIPTOR_FOLDER.test(path);
}

/** Whether a file's name says it is a deployment or operations guide; text files must say it first ("requirements-prod.txt" is not). */
export function isDeploymentFileName(path: string): boolean {
  if (!DOCUMENT.test(path)) return false;
  const words = normaliseHeading(basename(path).replace(/\.[^.]+$/, "").replace(/([a-z])([A-Z])/g, "$1 $2"));
  return DEPLOY_HEADING.test(/\.txt$/i.test(path) ? words.split(" ")[0]! : words);
}

function explains(section: Pick<Section, "codeBlocks" | "inlineCode" | "orderedItems" | "body">): boolean {
  return commandsOf(section).length > 0 || section.orderedItems >= 2 || hasSubstance(section.body, 120);
}

export const rule: Rule = {
  id: "deployment-docs",
  axis: "deploiement",
  defaultLevel: "recommended",
  inputs: { reads: ["documentation"], needsSoftware: true, configuredPaths: "first" },
  check(context) {
    // One pass over the files for both the descriptors and the guides named for deployment.
    const descriptors: string[] = [];
    const guides: string[] = [];
    for (const path of projectFiles(context)) {
      if (isDescriptor(path)) descriptors.push(path);
      else if (isDeploymentFileName(path) && mayDocumentProject(path)) guides.push(path);
    }
    const shown = descriptors.slice(0, 5);

    const guide = guides.find((path) => hasSubstance(context.docs.get(path)?.text ?? "", 120));
    if (guide) return pass("deployment-docs.guide", [{ path: guide }], { path: guide, descriptors: shown });

    for (const doc of scannedDocuments(context)) {
      for (const section of doc.sections) {
        if (!section.heading || !DEPLOY_HEADING.test(normaliseHeading(section.heading.text)) || !explains(section)) continue;
        const match = { doc, section: section as Section & { heading: NonNullable<Section["heading"]> } };
        return pass("deployment-docs.section", [sectionEvidence(match)], { path: doc.path, heading: section.heading.text, descriptors: shown });
      }
    }
    if (descriptors.length > 0) return warn("deployment-docs.descriptors-only", shown.map((path) => ({ path })), { descriptors: shown, count: descriptors.length });
    return fail("deployment-docs.missing");
  },
};
