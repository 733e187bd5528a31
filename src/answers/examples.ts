// Example questions shown in help answers, /help and the terminal banner. Each one is covered by a test.
export const EXAMPLE_QUESTIONS = [
  "office manager vs operations manager, what about pay?",
  "do I need a degree to be an ops mgr?",
  "receptionist vs secretary vs admin assistant",
  "what does a practice manager do?",
  "is a general manager higher than an operations manager?",
  "project manager vs program manager skills",
] as const;
