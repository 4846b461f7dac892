export function lessonId(i: number): string;
export function writeScaleCourse(dir: string, size: { lessons: number; questionsPerLesson: number }): { lessons: number; questions: number };
export function writeScaleProgress(
  dir: string,
  size: { lessons: number; questionsPerLesson: number; attempts: number },
  now?: number,
): { attempts: number; cards: number };
