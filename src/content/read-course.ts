import { ID_PATTERN } from './schema.js';
import type { YamlReader } from './yaml-reader.js';

/** Courses of a thousand lessons are a stated goal (issue 6); this bounds a hostile manifest. */
const MAX_LESSONS = 5000;

export interface Manifest {
  format: number;
  title: string;
  lessonIds: string[];
}

/** Validates course.yaml: the format version, the title and the lesson order. */
export function readManifest(r: YamlReader, supportedFormat: number): Manifest | undefined {
  const f = r.fields(r.root, '', ['format', 'title', 'lessons'], ['format', 'title', 'lessons']);
  if (!f) return undefined;
  const format = r.number(f.get('format'), 'format');
  if (format !== undefined && format !== supportedFormat) {
    r.at(
      f.get('format'),
      format > supportedFormat
        ? `format: this course needs a newer node-arch (format ${format}; this one reads ${supportedFormat})`
        : `format: unknown format ${format} (this node-arch reads ${supportedFormat})`,
    );
  }
  const title = r.text(f.get('title'), 'title', 200);
  const lessonIds: string[] = [];
  const seen = new Set<string>();
  (r.list(f.get('lessons'), 'lessons', 1, MAX_LESSONS) ?? []).forEach((node, i) => {
    const id = r.text(node, `lessons[${i}]`, 80);
    if (id === undefined) return;
    if (!ID_PATTERN.test(id)) {
      r.at(node, `lessons[${i}]: "${id}" is not a valid id (lowercase letters, digits, single hyphens)`);
    } else if (seen.has(id)) {
      r.at(node, `lessons[${i}]: "${id}" is listed twice`);
    } else {
      seen.add(id);
      lessonIds.push(id);
    }
  });
  if (format === undefined || title === undefined) return undefined;
  return { format, title, lessonIds };
}
