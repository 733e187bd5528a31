// "do you need a cdl to drive a dump truck", "do hvac techs need epa 608", "do crane operators need
// nccco": a licence or certificate named by its letters and asked as needed. The data lists none, so
// it is the credential topic, whatever role the letters were read as ("cdl" names the truck driver,
// so the reading of the rewritten message has lost it: this reads the message as typed).

/** Licences and certificates named by their letters. */
const NAMED_CREDENTIAL =
  /\b(cdl|cdls|class (a|b) (cdl|license|licence)|(epa )?(section )?608( cert| certification| card)?|nccco|osha (10|30)|a ?& ?p|a and p|cwi|nremt|arrt|ardms|armrit|cca|ccs|cpc|rhit|cma|rma|cpht|ptcb|faa (license|licence|certificate|cert))\b/;
/** ...asked as needed: "do you need a cdl to…", "is a 608 required". */
const NEED_ASKED = /\b(need|needs|needed|require|required|requires|without|mandatory)\b/;

/** Whether the message as typed asks whether a licence named by its letters is needed. */
export function asksNamedCredential(text: string): boolean {
  const lowered = text.toLowerCase();
  return NAMED_CREDENTIAL.test(lowered) && NEED_ASKED.test(lowered);
}
