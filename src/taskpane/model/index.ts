/** What the task pane shows and edits, as plain data and functions: components stay thin, tests drive the same calls. */
export * from "./figures";
export * from "./form";
export * from "./inputs";
export * from "./judgements";
export * from "./preview";
export * from "./writes";
