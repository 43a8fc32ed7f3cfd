package org.newsnlp.model;

/**
 * The time one document may take ({@code --maxDocumentSeconds}), from when its analysis starts. The
 * plain-Java stages call {@link #check} between units of work (a sentence, a quotation, a stretch
 * of tokens): once the time is up, the check throws {@link Exceeded} and the document becomes an
 * error row {@code too_slow} instead of holding its worker. A check reads the clock and nothing
 * else, so it is cheap enough to make often; it cannot stop a single call into a model, which is
 * why every stage must also be linear in the size of the text.
 *
 * <p>Immutable; one per document.
 */
public final class Deadline {
  /** No time limit: {@link #check} never throws. */
  public static final Deadline NONE = new Deadline(0, 0);

  private final double seconds;
  private final long endNanos;

  private Deadline(double seconds, long endNanos) {
    this.seconds = seconds;
    this.endNanos = endNanos;
  }

  /** A deadline {@code seconds} from now; {@link #NONE} when {@code seconds} is 0 or less. */
  public static Deadline after(double seconds) {
    if (!(seconds > 0)) {
      return NONE;
    }
    long nanos = (long) Math.min(seconds * 1e9, Long.MAX_VALUE / 4.0);
    return new Deadline(seconds, System.nanoTime() + nanos);
  }

  /** The budget this deadline was made with, in seconds; 0 for {@link #NONE}. */
  public double seconds() {
    return seconds;
  }

  /** Throws {@link Exceeded} once the time is up. */
  public void check() {
    if (seconds > 0 && System.nanoTime() - endNanos >= 0) {
      throw new Exceeded();
    }
  }

  /** Thrown by {@link #check} when the document's time is up. */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded() {
      // no stack trace: an expected outcome, caught at the boundary of the document
      super("the document's time is up", null, false, false);
    }
  }
}
