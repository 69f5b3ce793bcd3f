import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Architecture diagram",
  why: "A diagram shows the application's parts and how they talk at a glance: it is the first thing a hosting IT department and a new team ask for.",
  how: "Add a diagram of the application (image, draw.io, or a Mermaid block) to an `ARCHITECTURE.md` file or an \"Architecture\" section of the README: components, databases, external services, flows.",
  template: "ARCHITECTURE.md",
  outcomes: {
    configured: ({ path }, f) => `Architecture diagram set by the configuration: ${f.code(path)}.`,
    file: ({ path }, f) => `Architecture diagram: ${f.code(path)}.`,
    embedded: ({ path, image, heading }, f) =>
      heading ? `Diagram ${f.code(image)} in section "${f.text(heading)}" of ${f.code(path)}.` : `Diagram ${f.code(image)} in ${f.code(path)}.`,
    "diagram-code": ({ path, heading, kind }, f) =>
      heading ? `${f.text(kind)} diagram in section "${f.text(heading)}" of ${f.code(path)}.` : `${f.text(kind)} diagram in ${f.code(path)}.`,
    "text-only": ({ path, heading }, f) =>
      `The architecture is described in text (${heading ? `"${f.text(heading)}" of ` : ""}${f.code(path)}) but without a diagram: add one, even a simple one.`,
    broken: ({ path, images }, f) => `${f.code(path)} embeds diagrams missing from the repository (${f.list(images)}).`,
    "no-software": "The repository holds no software (documents only): no architecture to draw.",
    missing: "No architecture diagram: no diagram file, nor an image or diagram in an architecture section or document.",
  },
};
