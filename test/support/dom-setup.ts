/** jsdom has no ResizeObserver, which Fluent UI's message bars and tabs use to measure themselves. */
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver });
}
