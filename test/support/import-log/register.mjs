// `node --import <this file>` with IMPORT_LOG=<file>: every module the process (and any process that
// inherits NODE_OPTIONS) resolves through the ES module loader is appended to IMPORT_LOG as
// "<pid> <url>", so a test can tell which libraries a process loaded.
import { register } from "node:module";

register("./resolve-hook.mjs", import.meta.url, { data: { log: process.env.IMPORT_LOG, pid: process.pid } });
