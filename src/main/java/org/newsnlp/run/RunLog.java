package org.newsnlp.run;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A run's log, {@code run.log} beside its tables: every line the run writes to standard error while
 * it lasts (its slf4j messages, with the stack trace of any document that failed with an {@code
 * internal_error}, and whatever Beam and the runner log), each line stamped with the time it was
 * written. The lines still go to standard error as well.
 *
 * <p>newsnlp logs through slf4j-simple, which writes each message to {@code System.err} as it is at
 * that moment; the log puts a stream writing to both in its place while the run lasts and puts the
 * original back when closed. On a cluster, messages logged by remote workers go to the workers' own
 * logs.
 */
public final class RunLog implements AutoCloseable {
  private final PrintStream previous;
  private final PrintStream both;
  private final OutputStream file;

  private RunLog(PrintStream previous, PrintStream both, OutputStream file) {
    this.previous = previous;
    this.both = both;
    this.file = file;
  }

  /** Starts copying standard error to {@code file} (created or replaced). */
  public static RunLog start(Path file) throws IOException {
    PrintStream previous = System.err;
    OutputStream stamped = new Stamped(new BufferedOutputStream(Files.newOutputStream(file)));
    PrintStream both =
        new PrintStream(new Both(previous, stamped), true, StandardCharsets.UTF_8.name());
    System.setErr(both);
    return new RunLog(previous, both, stamped);
  }

  @Override
  public void close() throws IOException {
    if (System.err == both) {
      System.setErr(previous);
    }
    synchronized (both) {
      file.close();
    }
  }

  /** Writes to standard error and to the file. */
  private static final class Both extends OutputStream {
    private final OutputStream console;
    private final OutputStream file;

    Both(OutputStream console, OutputStream file) {
      this.console = console;
      this.file = file;
    }

    @Override
    public void write(int b) throws IOException {
      console.write(b);
      file.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      console.write(b, off, len);
      file.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      console.flush();
      file.flush();
    }
  }

  /** Starts each line with the time it was written, {@code 2026-03-01T02:15:04.123Z }. */
  private static final class Stamped extends OutputStream {
    private final OutputStream out;
    private boolean lineStart = true;

    Stamped(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      if (lineStart) {
        out.write((Instant.now() + " ").getBytes(StandardCharsets.US_ASCII));
      }
      out.write(b);
      lineStart = b == '\n';
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int start = off;
      for (int i = off; i < off + len; i++) {
        if (lineStart) {
          out.write(b, start, i - start);
          out.write((Instant.now() + " ").getBytes(StandardCharsets.US_ASCII));
          start = i;
          lineStart = false;
        }
        if (b[i] == '\n') {
          lineStart = true;
        }
      }
      out.write(b, start, off + len - start);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
