/**
 * Where a command writes: the streams `main(argv, io)` hands to every command. Its own module so
 * that the commands need not import `cli.ts`, which imports them (no import cycle).
 */
/** Anything text can be written to: a stream, or the progress line's `message`. */
export interface TextSink {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}
