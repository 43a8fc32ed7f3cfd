package org.newsnlp.run;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where a dated run of a job lives: {@code <output>/<job>/<runDate>/}. A run writes into a hidden
 * temporary folder beside it ({@code .<runDate>.tmp-<id>}) and {@link #publish}es it by renaming,
 * so a reader sees the previous complete run or the new complete one, never half of one. Leftover
 * temporary folders of killed runs are removed by the next run of the same job and date.
 */
public final class RunFolder {
  private final Path jobDir;
  private final String job;
  private final String runDate;

  public RunFolder(Path outputRoot, String job, String runDate) {
    this.jobDir = outputRoot.resolve(job);
    this.job = job;
    this.runDate = runDate;
  }

  public String job() {
    return job;
  }

  public String runDate() {
    return runDate;
  }

  public Path jobDir() {
    return jobDir;
  }

  public Path destination() {
    return jobDir.resolve(runDate);
  }

  public Path lockFile() {
    return jobDir.resolve("." + runDate + ".lock");
  }

  public Path seenInputsFile() {
    return jobDir.resolve("seen-inputs.csv");
  }

  /** A new, empty temporary folder for this run. */
  public Path newTemporary() throws IOException {
    Files.createDirectories(jobDir);
    return Files.createDirectory(jobDir.resolve("." + runDate + ".tmp-" + UUID.randomUUID()));
  }

  /** Deletes temporary folders that killed runs of this job and date left behind. */
  public int removeLeftovers() throws IOException {
    if (!Files.isDirectory(jobDir)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(jobDir, "." + runDate + ".{tmp,old}-*")) {
      for (Path leftover : entries) {
        deleteTree(leftover);
        removed++;
      }
    }
    return removed;
  }

  /**
   * Moves the finished temporary folder into place, replacing an earlier run of the same date: the
   * earlier one is first renamed aside, then deleted once the new one is in place.
   */
  public void publish(Path temporary) throws IOException {
    Path destination = destination();
    Path old = null;
    if (Files.exists(destination)) {
      old = jobDir.resolve("." + runDate + ".old-" + UUID.randomUUID());
      move(destination, old);
    }
    move(temporary, destination);
    if (old != null) {
      deleteTree(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes {@code root} and everything below it; nothing when it does not exist. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
