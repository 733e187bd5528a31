// A fingerprint of the rules behind something the importer works out ahead of time (canonical forms,
// name claims, title claims), stored beside it: what was worked out under other rules is not used.

/** FNV-1a over the rules written as JSON (`version` first), with the version and the text's length beside the hash. */
export function rulesFingerprint(version: number, ...rules: unknown[]): string {
  const text = JSON.stringify([version, ...rules]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${version}-${hash.toString(16)}-${text.length}`;
}
