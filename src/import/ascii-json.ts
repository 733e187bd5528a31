// JSON with every character past ASCII written as a \u escape. The loader can then read the file
// as one-byte text, which decodes and parses faster than UTF-8 and keeps its strings one-byte.
export function asciiJson(value: unknown): string {
  return `${JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;
}
