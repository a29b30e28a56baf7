import type { Writable } from 'node:stream';

/** The reader went away (the HTTP client disconnected): there is no one left to write for. */
export class OutputClosedError extends Error {
  constructor() {
    super('the output was closed before the export ended');
    this.name = 'OutputClosedError';
  }
}

/** How much text is gathered before it is written: one socket write per few dozen rows. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Text written to a stream (an HTTP response, a file) with backpressure: `write` resolves once
 * the stream can take more, so a slow reader slows the reads from Neo4j instead of letting the
 * rows pile up in memory. Once the stream is closed from the other side, every write rejects
 * with OutputClosedError, which is how the writers learn to stop reading.
 */
export class TextSink {
  private parts: string[] = [];
  private size = 0;
  private closed = false;

  constructor(private readonly out: Writable) {
    out.once('close', () => {
      this.closed = true;
    });
  }

  async write(text: string): Promise<void> {
    if (this.closed) throw new OutputClosedError();
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) await this.flush();
  }

  /** Writes what is gathered, and waits until the stream has taken it if its buffer is full. */
  async flush(): Promise<void> {
    if (this.closed || this.out.destroyed) throw new OutputClosedError();
    if (this.size === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.out.write(chunk)) await drained(this.out);
  }

  /** Writes the rest and ends the stream; resolves once it is all handed over (a file: on disk). */
  async end(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.out.once('error', reject);
      this.out.end(() => resolve());
    });
  }
}

/** Resolves on 'drain'; rejects if the stream closes or fails first, when no 'drain' will come. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onClose = () => settle(new OutputClosedError());
    const onError = (error: Error) => settle(error);
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onError);
  });
}
