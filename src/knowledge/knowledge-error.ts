/** Every problem found in data/, reported together so an editor can fix them in one pass. */
export class KnowledgeError extends Error {
  constructor(
    readonly problems: readonly string[],
    folder = "data/",
  ) {
    super(`The knowledge base in ${folder} has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "KnowledgeError";
  }
}
