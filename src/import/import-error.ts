/** An expected import problem (missing file, wrong columns, corrupt workbook, failed download): printed without a stack trace, exit code 1. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}
