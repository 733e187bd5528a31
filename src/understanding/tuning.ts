// Every tuning number of the question parser, in one place, each with why it has its value. Change
// one only with the dev set (node ../shared/eval/score.mjs) and test/eval beside you.

/** At or above this a match counts as exact: confidences are products of fractions, so allow rounding. */
export const EXACT_CONFIDENCE = 0.999;
/** Below this a typo-corrected role is a weak guess: offered as a choice, never posted as an answer. */
export const FUZZY_FLOOR = 0.75;
/** When every word of a multi-word role name was a typo, the match is that much less certain. */
export const ALL_WORDS_CORRECTED_PENALTY = 0.95;
/** A lone corrected word names a role only when it is at least this long: short typos are other words. */
export const MIN_LONE_CORRECTED_WORD = 6;
/** A lone word this long may carry two typos ("electrition"): two edits in ten letters is the error rate of one in five. */
export const MIN_LONE_TWO_TYPO_WORD = 10;

/** Words shorter than this are never corrected (too many real words lie one edit apart). */
export const MIN_CORRECTED_WORD = 4;
/** Words of this length or more may be two edits from what was meant; shorter ones only one. */
export const TWO_EDIT_WORD_LENGTH = 8;
/** fuse.js only ranks candidates (the edit distance decides), so it may be generous. */
export const FUSE_THRESHOLD = 0.4;
/** How many fuse.js candidates the edit distance checks: enough for ties, few enough to be cheap. */
export const FUSE_CANDIDATES = 8;
/** Vocabulary words shorter than this are never correction targets ("ops", "hr" are exact or nothing). */
export const MIN_VOCABULARY_WORD = 3;

/** Name search: a typed word that starts a vocabulary word ("acc" -> accountant), and one that does within an edit. */
export const PREFIX_MATCH_WEIGHT = 0.8;
export const FUZZY_PREFIX_MATCH_WEIGHT = 0.6;
/** A "did you mean" without a shared head noun must look at least this much like the phrase. */
export const SIMILAR_ROLE_MIN_SCORE = 0.5;
/** "Did you mean" offers at most this many roles: more is a list, not a suggestion. */
export const MAX_SUGGESTIONS = 3;

/** Each parser cache is cleared when it reaches this size, so memory stays bounded whatever people type. */
export const CACHE_LIMIT = 5000;

/** Aspect words: overview words and weak synonyms ("make", "run") count half a real synonym. */
export const WEAK_ASPECT_WEIGHT = 0.5;
/** An aspect phrase made only of function words ("how much") counts less than one with a content word. */
export const FUNCTION_WORD_PHRASE_WEIGHT = 0.75;
/** An aspect hit at least this heavy makes a sentence a question on its own ("receptionist salary"). */
export const ASPECT_CUE_WEIGHT = 0.75;
/** In a long message the sentence with the question mark says what is asked; the rest is backstory. */
export const QUESTION_SENTENCE_WEIGHT = 2;
export const BACKSTORY_SENTENCE_WEIGHT = 0.5;
/** "what does an X do" is about duties as strongly as two duty words. */
export const WHAT_DO_DUTIES_WEIGHT = 2;

/** Words of this length or more ending like a job title (-ologist, -grapher) are unknown roles. */
export const MIN_TITLE_SUFFIX_WORD = 6;

/** Longer names (some ESCO labels run to a dozen words) are never typed as such; they only slow the scan. */
export const MAX_NAME_WORDS = 6;
/** ...except an occupation's own official title, typed as BLS writes it: "first-line supervisor of retail sales workers". */
export const MAX_TITLE_WORDS = 9;
/** A word in at most this many names may be a slip in the data if a word in many names is one edit away... */
export const RARE_WORD_USES = 1;
/** ...from a word at least this many names use ("manger" in one label, "manager" in thousands). */
export const COMMON_WORD_USES = 10;
/** ...and a long word in a few names ("tecnician" in two, "enginer" in three) one edit from a title's head noun in hundreds ("technician") is a slip too. */
export const SLIP_WORD_USES = 3;
export const MIN_SLIP_WORD = 7;
export const VERY_COMMON_WORD_USES = 300;

/** Shared titles (see shared-title-evidence.ts): how many of the roles sharing a title are weighed... */
export const SHARED_TITLE_CANDIDATES = 16;
/** ...a role with many names carrying the title (log2 of their count) claims it more... */
export const SHARED_TITLE_DENSITY_WEIGHT = 8;
/** ...the typed words in the role's own title count most (all of them: this much)... */
export const SHARED_TITLE_SELF_WEIGHT = 60;
/** ...and each word of the question near the title found in the role's title counts this much. */
export const SHARED_TITLE_CONTEXT_WEIGHT = 40;
/** Leaders closer than this are a toss-up: ask which one was meant. Less than one density doubling plus a bit. */
export const SHARED_TITLE_TOSS_UP_MARGIN = 6;
/** Question words this far before and after a title are its context (stopping at another role or a joiner). */
export const SHARED_TITLE_CONTEXT_BEFORE = 3;
export const SHARED_TITLE_CONTEXT_AFTER = 5;
/** A word this long or longer one typo from an aspect word ("salery") is read as it; shorter ones are other words. */
export const MIN_ASPECT_TYPO_WORD = 6;
