// "offered 100k as a pa", "lpn offer 27/hr thoughts", "got an offer for 52k as a new grad accountant":
// an offer told with its pay asks whether it is good, as "is 52k good for an accountant" does.

/** An offer named ... */
const OFFER = /\b(offered|offer|offers|offering)\b/i;
/** ...with an amount of pay: "100k", "27/hr", "$19", "19 an hour", "52,000". */
const PAY_AMOUNT = /(\$\s?\d|\b\d+(\.\d+)?\s?k\b|\b\d+(\.\d+)?\s?(\/\s?(hr|hour|h)|an hour|per hour|a year|per year|\/yr)\b|\b\d{2,3},\d{3}\b)/i;
/** ...and not already asked of: "is that good", "should i take it". */
const ASKED = /\b(is (that|this|it) (good|fair|ok|okay|decent|normal|low|high)|should i|worth it|how does|too low|lowball|legit|which|better|vs|versus|or)\b/i;
/** A remark, not a question: "my friend got offered 90k lol". */
const JOKING = /\b(lol|lmao|haha+|jk|rofl)\b/i;

/** Whether the message tells an offer with its pay ("lpn offer 27/hr", "offered 36 an hour as a new grad rn"): the offer frames the job named. */
export function tellsOfferWithPay(text: string): boolean {
  return OFFER.test(text) && PAY_AMOUNT.test(text);
}

/** The message with "is that good pay?" after an offer told with its pay, or as it was. */
export function offerAsked(text: string): string {
  if (!tellsOfferWithPay(text) || ASKED.test(text) || JOKING.test(text)) return text;
  return `${text.replace(/[\s,.!?]*$/, "")}, is that good pay?`;
}
