package org.newsnlp.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of one run around its work: take the destination's lock, clear what killed runs left,
 * stage the tables in a hidden folder with the run's log ({@link RunLog}), then publish them whole
 * ({@link RunFolder#publish}) or, when the work failed, delete them and keep the log. A dated run
 * also records the inputs it processed ({@link SeenInputs}) for later incremental runs.
 */
public final class RunLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(RunLifecycle.class);

  private RunLifecycle() {}

  /** The work of a run: writes its tables and {@code run.json} into {@code staging}. */
  public interface Work {
    /**
     * Runs the pipeline with its tables going to {@code staging}; {@code seenBefore} maps the
     * inputs an incremental run skips to their SHA-256. Returns the manifest's summary, or null
     * when the run failed (after logging why).
     */
    Manifest.Summary run(Path staging, Map<String, String> seenBefore) throws IOException;
  }

  /** How a run ended. */
  public sealed interface Result {}

  /** The tables are in {@code destination}. */
  public record Published(Manifest.Summary summary, Path destination) implements Result {}

  /** Nothing was published; the run's log, when there was one, was kept at {@code log}. */
  public record Failed(Path log) implements Result {}

  /** Another run holds the lock; this one did nothing. */
  public record Locked(String holder) implements Result {}

  /** Runs {@code work} into {@code folder}; {@code incremental} skips inputs seen before. */
  public static Result execute(RunFolder folder, boolean incremental, Work work) {
    try (RunLock lock = RunLock.acquire(folder.lockFile())) {
      if (lock.staleHolder() != null) {
        LOG.warn("cleared a stale lock left by a run that did not finish ({})", lock.staleHolder());
      }
      int leftovers = folder.clearLeftovers();
      if (leftovers > 0) {
        LOG.info("cleared {} unfinished run folder(s) of killed runs", leftovers);
      }
      RunFolder.Dated dated = folder instanceof RunFolder.Dated d ? d : null;
      Map<String, String> seen =
          incremental && dated != null
              ? SeenInputs.processedBefore(dated.seenInputsFile(), dated.runDate())
              : Map.of();
      Path staging = folder.newStaging();
      Manifest.Summary summary = null;
      try (RunLog log = RunLog.start(staging.resolve(RunFolder.LOG))) {
        try {
          summary = work.run(staging, seen);
        } catch (IOException | RuntimeException e) {
          LOG.error("the run failed: {}", e.toString(), e);
        }
      }
      if (summary == null) {
        Path kept = folder.discard(staging);
        LOG.error(
            "nothing was published; {} is as it was{}",
            folder.destination(),
            kept == null ? "" : "; the failed run's log is " + kept);
        return new Failed(kept);
      }
      folder.publish(staging);
      if (dated != null) {
        SeenInputs.update(
            dated.seenInputsFile(), folder.destination().resolve("inputs.csv"), dated.runDate());
      }
      LOG.info("published {}", folder.destination());
      return new Published(summary, folder.destination());
    } catch (RunLock.HeldException e) {
      LOG.error("{} is already running: {}", folder, e.getMessage());
      return new Locked(e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.error("the run failed: {}", e.toString(), e);
      return new Failed(null);
    }
  }
}
