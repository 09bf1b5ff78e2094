/**
 * Injectable time. `base` is options.now (default: the wall clock); tests and the admin endpoint move
 * time by an offset on top of it, so a frozen base plus advance() gives fully deterministic runs.
 */
export class SandboxClock {
  private offsetMs = 0;

  constructor(private readonly base: () => Date = () => new Date()) {}

  now(): Date {
    return new Date(this.base().getTime() + this.offsetMs);
  }

  advance(ms: number): Date {
    this.offsetMs += ms;
    return this.now();
  }

  /** Jump to an absolute instant (keeps following the base clock from there). */
  set(at: Date): Date {
    this.offsetMs = at.getTime() - this.base().getTime();
    return this.now();
  }

  get offset(): number {
    return this.offsetMs;
  }
}
