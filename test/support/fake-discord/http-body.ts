import type { IncomingMessage } from "node:http";

/** A file part of a multipart/form-data request (discord.js sends `files[n]` parts). */
export interface RecordedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface ParsedBody {
  /** Parsed JSON body (or the multipart `payload_json`), `undefined` when there was no body. */
  body: unknown;
  files: RecordedFile[];
}

export async function readRawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Parses a request body the way Discord would: JSON, or multipart/form-data whose `payload_json`
 * field carries the JSON and whose other parts are files. Non-file, non-payload_json form fields
 * (used by a few endpoints with `appendToFormData`) are merged into the body object.
 */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { body: undefined, files: [] };
  const type = (contentType ?? "").toLowerCase();

  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": contentType ?? "" } }).formData();
    let body: Record<string, unknown> | undefined;
    const extraFields: Record<string, unknown> = {};
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === "string") {
        if (field === "payload_json") body = JSON.parse(value) as Record<string, unknown>;
        else extraFields[field] = value;
      } else {
        files.push({
          field,
          filename: value.name,
          contentType: value.type,
          data: Buffer.from(await value.arrayBuffer()),
        });
      }
    }
    const merged = Object.keys(extraFields).length > 0 ? { ...extraFields, ...body } : body;
    return { body: merged, files };
  }

  const text = raw.toString("utf8");
  if (type.startsWith("application/json") || /^\s*[[{]/.test(text)) {
    try {
      return { body: JSON.parse(text) as unknown, files: [] };
    } catch {
      return { body: text, files: [] };
    }
  }
  return { body: text, files: [] };
}
