/**
 * The key of a question's review card. Kept apart from scheduler.ts so that code which only
 * looks cards up (what is due, at `learn`'s start) does not load the FSRS library.
 */
export function cardKey(lesson: string, question: string): string {
  return `${lesson}/${question}`;
}
