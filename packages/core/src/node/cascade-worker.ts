/**
 * Worker thread for the transfer simulation: receives the prepared model once, then simulates
 * the chunks it is sent and posts their counts back. See run-cascade.ts.
 */
import { parentPort } from 'node:worker_threads';
import { type PreparedCascade, simulateChunk } from '../transfer/independent-cascade.js';

type Message = { type: 'init'; prepared: PreparedCascade } | { type: 'chunk'; index: number; runs: number };

let prepared: PreparedCascade | undefined;
parentPort?.on('message', (message: Message) => {
  if (message.type === 'init') {
    prepared = message.prepared;
    return;
  }
  if (!prepared) throw new Error('cascade worker: chunk received before the model');
  const counts = simulateChunk(prepared, message.index, message.runs);
  parentPort?.postMessage({ index: message.index, counts });
});
