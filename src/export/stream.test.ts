import { Writable } from 'node:stream';
import { OutputClosedError, TextSink } from './stream';

/** A stream that takes one chunk at a time and holds each until `release` is called. */
function slowStream() {
  const chunks: string[] = [];
  let pending: (() => void) | undefined;
  const out = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      pending = done;
    },
  });
  return {
    out,
    chunks,
    release: () => {
      const done = pending;
      pending = undefined;
      done?.();
    },
  };
}

const settled = (promise: Promise<unknown>) =>
  Promise.race([promise.then(() => true), new Promise((r) => setTimeout(() => r(false), 20))]);

describe('TextSink', () => {
  it('gathers small writes into one chunk and sends it when enough has gathered', async () => {
    const { out, chunks, release } = slowStream();
    const sink = new TextSink(out);
    await sink.write('a,b\n');
    expect(chunks).toEqual([]);
    const big = sink.write('x'.repeat(70_000));
    expect(chunks).toEqual([`a,b\n${'x'.repeat(70_000)}`]);
    // The stream's buffer is full until it has taken the chunk: the write waits for 'drain'.
    expect(await settled(big)).toBe(false);
    release();
    expect(await settled(big)).toBe(true);
  });

  it('rejects writes once the reader has closed the stream, before and while waiting', async () => {
    const { out } = slowStream();
    const sink = new TextSink(out);
    const waiting = sink.write('x'.repeat(70_000));
    out.destroy();
    await expect(waiting).rejects.toBeInstanceOf(OutputClosedError);
    await expect(sink.write('more')).rejects.toBeInstanceOf(OutputClosedError);
  });

  it('writes the rest on end and resolves once the stream has finished', async () => {
    const { out, chunks, release } = slowStream();
    const sink = new TextSink(out);
    await sink.write('last row\n');
    const ended = sink.end();
    release();
    await ended;
    expect(chunks).toEqual(['last row\n']);
    expect(out.writableFinished).toBe(true);
  });
});
