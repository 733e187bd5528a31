// "do i need a license to be a realtor", "do hvac techs need epa 608", "can i work as an electrician
// without a license": the licence an occupation requires, from data/licences.yaml (the editors' own
// sentences on what BLS's Occupational Outlook Handbook says), said with a yes or a no as asked.
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { RoleEntry } from "../knowledge/role-entry.js";
import type { Licence } from "../knowledge/schema.js";
import { askedSentence } from "../text/asked-sentence.js";
import { normalizeWords } from "../text/normalize.js";
import type { Verdict } from "./answer.js";
import { editorSource } from "./editor-sentence.js";

/** Asked whether one can do without it: "without a license", "no cdl", "don't need a license". */
const DOING_WITHOUT =
  /\b(without|no|dont need|don t need|do not need|skip)( being| getting| having)?( a| an| any| the| my)?( \w+)? (licen[cs]es?|licensing|licensure|certs?|certifications?|certificates?|cdl|cpa|registration|exam)\b|\bwithout (being|getting|becoming) (a |an )?(cpa|certified|licensed)\b/;

/**
 * Whether a licence is asked about, yes or no ("do electricians need a license", "is a cdl required"):
 * only then is the rule led by a yes or a no ("iuec apprenticeship" and "do i need an apprenticeship
 * to be a plumber" get the rule as it stands).
 */
const LICENCE_ASKED =
  /\b(emt first|emt cert|emt certification|licen[cs]es?|licensed|licensing|licensure|certs?|certified|certifications?|certificates?|cdl|registration|registered|epa|608|nclex|boards|bar exam|board exams?|state exams?|cpas?|pe license|pe licence|pe exam)\b/;
const WHETHER_ASKED = /^(do|does|did|is|are|can|could|must|will|would|am)\b|\b(need|needs|needed|require|required|requires|have to|has to|mandatory|without)\b/;
/** Asked which or how, or whether to get one ("what license do you need", "should i get my cna license", "is a cpa worth it"): the rule, no yes or no. */
const NOT_WHETHER = /^(what|which|how|where|when|why|should)\b|\bhow (many|much|long)\b|\bworth\b(?!.*\b(need|needs|required|require|have to|has to)\b)/;

/**
 * Licences named by letters a message may ask of other work ("do you need a cdl for doordash", "…for a
 * box truck"): no yes where other work is named and the licence's own is not. (The text comes with the
 * role's typed title cut out: "do you need a cdl to be a truck driver" names no work at all.)
 */
const OWN_WORK: Readonly<Record<string, { own: RegExp; other: RegExp }>> = {
  "53-3032.00": {
    own: /\b(truck|trucks|trucking|trucker|truckers|semi|semis|tractor|trailer|18 wheeler|big rig|otr|tanker|dump)\b/,
    other:
      /\b(doordash|door dash|uber|ubereats|lyft|grubhub|instacart|amazon|flex|fedex|ups|usps|postal|delivery|deliveries|deliver|rideshare|gig|van|vans|car|cars|pickup|bus|buses|forklift|taxi|limo|courier)\b/,
  },
};
const BOX_TRUCK = /\b(box|delivery|pickup|pick up) trucks?\b/;

/** A private employer asked about, where a licence rule binds public ones only. */
const PRIVATE_ASKED = /\bprivate (school|schools|practice|sector|company|companies)\b/;
const PRIVATE_LEFT_OUT = /\bprivate \w+ may not\b/;

const SCHOOLING_ASKED = /\b(degree|degrees|diploma|associates?|bachelors?|masters?)\b/;

/** How sure the yes is: every state or federal law says yes; nearly every or most states, usually; few states or part of the work, usually not. */
const LEADS: Record<Licence["scope"], { yes: string; no: string }> = {
  "every-state": { yes: "Yes", no: "No" },
  federal: { yes: "Yes", no: "No" },
  "nearly-every-state": { yes: "Almost everywhere, yes", no: "Almost nowhere" },
  "most-states": { yes: "In most states, yes", no: "In most states, no" },
  // ("do paralegals need to be certified": not in most states; "can i be a phlebotomist without a cert": yes, in most.)
  "few-states": { yes: "In most states, no", no: "In most states, yes" },
  // ("do accountants need a cpa": not to do the work; only part of it asks for one.)
  "part-of-the-work": { yes: "Not to work as one", no: "Yes" },
};

/** The licence `entry` requires, led by a yes (or a no, asked whether one can do without), or null where none is recorded. */
export function licenceVerdict(knowledge: KnowledgeBase, entry: RoleEntry, text: string): Verdict | null {
  const licence = entry.code ? knowledge.licenceFor(entry.code) : undefined;
  if (!licence) return null;
  // ("can you be a dental hygienist with a certificate or do you need a degree": schooling asked, which
  // the degree answer gives; a licence's yes would read as "a certificate will do".)
  // (In the sentence asking: a backstory's "went back to school" asks nothing.)
  if (SCHOOLING_ASKED.test(normalizeWords(askedSentence(text)))) return null;
  const lead = LEADS[licence.scope];
  const words = normalizeWords(text);
  const own = OWN_WORK[entry.code!];
  const otherWork = own !== undefined && ((!own.own.test(words) && own.other.test(words)) || BOX_TRUCK.test(words));
  const word =
    !LICENCE_ASKED.test(words) || !WHETHER_ASKED.test(words) || NOT_WHETHER.test(words) || otherWork ? null : DOING_WITHOUT.test(words) ? lead.no : lead.yes;
  // ("do you need a teaching license to teach at a private school": the rule itself leaves private schools out.)
  const leftOut = word && PRIVATE_ASKED.test(words) && PRIVATE_LEFT_OUT.test(licence.rule) ? "Not necessarily" : word;
  return { text: leftOut ? `${leftOut}: ${licence.rule}` : licence.rule, basis: "data", source: editorSource(licence) };
}
