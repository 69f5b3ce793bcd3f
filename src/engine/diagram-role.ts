/**
 * What a diagram shows, taken from its context rather than its file name: the heading it sits under,
 * its alt text, the title of the document that embeds it, and the words drawn inside it. A `schema.png`
 * under "Modèle de données" is a data model; a Mermaid `graph LR` whose boxes are "Front", "API" and
 * "PostgreSQL" is an architecture, whatever the heading above it says.
 *
 * Hand-written: the vocabulary is data (below), the reading is a word count.
 */
import type { Document, ImageRef } from "./documents.js";
import { resolveImage } from "./images.js";
import type { FileIndex } from "./file-index.js";
import { plainWords } from "./prose-kinds.js";

/** Parts of a software system, as diagrams and architecture texts name them (French and English). */
export const SYSTEM_WORDS = new Set([
  "api", "apis", "backend", "back", "frontend", "front", "serveur", "server", "servers", "client", "clients", "base", "database", "databases",
  "bdd", "postgres", "postgresql", "mysql", "mongodb", "mongo", "redis", "elasticsearch", "kafka", "rabbitmq", "s3", "minio",
  "service", "services", "microservice", "microservices", "composant", "composants", "component", "components", "module", "modules",
  "docker", "kubernetes", "k8s", "nginx", "proxy", "gateway", "passerelle", "keycloak", "auth", "authentification", "authentication",
  "interface", "ui", "web", "app", "application", "applications", "worker", "workers", "queue", "file", "cache", "stockage", "storage",
  "flux", "flow", "etl", "pipeline", "airflow", "scheduler", "cron", "batch", "navigateur", "browser", "utilisateur", "user", "users",
  "hebergement", "hosting", "cloud", "cluster", "vm", "reseau", "network", "dns", "load", "balancer", "http", "https", "rest", "graphql",
  "webhook", "webhooks", "sso", "ldap", "export", "import", "ingestion", "entrepot", "warehouse", "lake", "bucket", "cdn", "container",
  "conteneur", "conteneurs", "containers", "django", "flask", "rails", "spring", "node", "express", "react", "vue", "angular", "metabase",
]);

/** A diagram drawn in text counts anywhere when it names at least this many distinct system parts. */
export const SYSTEM_PARTS_ANYWHERE = 3;
/** An architecture text (no drawing) is about a software system when it names at least this many. */
export const SYSTEM_PARTS_IN_TEXT = 2;

/** Context words that say a drawing is a data model, not the system's architecture. */
const DATA_MODEL_CONTEXT =
  /\b(modele (de|des) donnees|modele conceptuel|modele physique|data ?model|schema (de|des) (la )?(base|donnees|tables?)|database schema|db schema|entity relationship|diagramme (de classes|entite)|class diagram|mcd|mld|mpd|erd|tables?|dictionnaire de donnees|data dictionary)\b/;
/** Context words that say a drawing is the system's architecture. */
const ARCHITECTURE_CONTEXT = /\b(architectures?|archi|infrastructure|infra|composants|components|vue (technique|logicielle|applicative|d ensemble)|overview|deploiement|deployment|topolog\w*|c4)\b/;

export type ContextRole = "architecture" | "data-model" | "unknown";

/** Distinct system parts named in a text. */
export function systemParts(text: string): number {
  const found = new Set<string>();
  for (const word of plainWords(text).split(" ")) if (SYSTEM_WORDS.has(word)) found.add(word);
  return found.size;
}

/** The role a piece of context (heading, alt text, title) gives a drawing. */
export function roleOfContext(context: string): ContextRole {
  const words = plainWords(context);
  if (DATA_MODEL_CONTEXT.test(words)) return "data-model";
  if (ARCHITECTURE_CONTEXT.test(words)) return "architecture";
  return "unknown";
}

export interface Embedding {
  doc: Document;
  image: ImageRef;
  /** The heading the image sits under, if any. */
  heading?: string;
}

/** Where documents embed a file: each image reference that resolves to it, with its heading. */
export function embeddingsOf(files: FileIndex, docs: Iterable<Document>, path: string): Embedding[] {
  const out: Embedding[] = [];
  for (const doc of docs) {
    for (const image of doc.images) {
      const resolved = resolveImage(files, doc.path, image.url);
      if (resolved.kind !== "file" || resolved.path !== path) continue;
      const section = [...doc.sections].reverse().find((s) => s.heading && s.heading.line <= image.line);
      out.push({ doc, image, heading: section?.heading?.text });
    }
  }
  return out;
}

/** The role the embeddings of a drawing give it: a data model as soon as one context says so. */
export function roleFromEmbeddings(embeddings: readonly Embedding[]): ContextRole {
  let role: ContextRole = "unknown";
  for (const { doc, image, heading } of embeddings) {
    const found = roleOfContext([image.alt, heading ?? "", doc.headings[0]?.text ?? ""].join(" "));
    if (found === "data-model") return "data-model";
    if (found === "architecture") role = "architecture";
  }
  return role;
}
