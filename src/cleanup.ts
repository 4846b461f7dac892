/**
 * Work that must finish before the process exits, however it exits (a normal end, Ctrl+C at a
 * prompt, SIGINT/SIGTERM/SIGHUP between prompts): in practice, progress writes in flight.
 */
export class Cleanup {
  private readonly tasks = new Set<() => Promise<void>>();

  /** Registers `task`; the function returned unregisters it, for work that ended on its own. */
  add(task: () => Promise<void>): () => void {
    this.tasks.add(task);
    return () => this.tasks.delete(task);
  }

  async run(): Promise<void> {
    await Promise.allSettled([...this.tasks].map((task) => task()));
  }
}
