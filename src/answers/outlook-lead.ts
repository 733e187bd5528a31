// How a job market is moving, in a few words, for one role's projections or a whole field's: the
// growth set against all jobs'. The yes-or-no prospects verdict and a field's outlook both lead with it.

/** Growth within this many points of the all-jobs average is "about average". */
const AVERAGE_BAND = 1;

/** "The outlook is good", "The job market is shrinking"…: `growth` and `average` in percent over the projections period. */
export function outlookLead(growth: number, average: number | null): string {
  if (growth < 0) return "The job market is shrinking";
  if (average === null) return "The job market is growing";
  if (growth > average + AVERAGE_BAND) return "The outlook is good";
  return growth >= average - AVERAGE_BAND ? "The outlook is about average" : "The job market is growing slowly";
}
