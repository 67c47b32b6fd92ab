/**
 * Where a command writes: the streams `main(argv, io)` hands to every command. Its own module so
 * that the commands need not import `cli.ts`, which imports them (no import cycle).
 */
export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}
