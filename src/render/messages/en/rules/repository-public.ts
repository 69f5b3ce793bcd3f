import type { RuleMessages } from "../../types.js";

export const messages: RuleMessages = {
  title: "Public repository",
  why: "An administration's source code is a public record: it must be published to be reused and taken over.",
  how: "Make the repository public (Settings › General › Danger Zone › Change visibility) once you have checked it holds no secret and no personal data.",
  outcomes: {
    local: "Cannot be checked on a local directory: only the forge knows the repository's visibility. Audit the GitHub repository to check it.",
    public: ({ repository }, f) => `${f.code(repository)} is public.`,
    "not-public": ({ repository, visibility }, f) => `${f.code(repository)} is not public (visibility: ${f.code(visibility)}).`,
    unknown: ({ repository }, f) => `The visibility of ${f.code(repository)} could not be read.`,
  },
};
