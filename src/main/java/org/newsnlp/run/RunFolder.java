package org.newsnlp.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a run's tables are published, and how, so that a reader of the folder sees the tables of
 * the previous finished run or of the new one, never half of each. Every run writes into a hidden
 * staging folder beside its destination and publishes it only when the run has finished, under a
 * lock ({@link #lockFile}) that keeps a second run into the same destination out. Leftovers of
 * killed runs are cleared by the next run into the same destination ({@link #clearLeftovers}).
 *
 * <ul>
 *   <li>{@link Flat}: straight into {@code --output}. Publishing moves the staged files in one by
 *       one and removes the tables of earlier runs that this run did not write (a {@code
 *       tokens.csv} of a run with {@code --emitTokens}, shards of another count). Before the first
 *       move the staging folder is marked complete with the list of its files; a run killed during
 *       those few renames is completed by the next run into the folder, so the tables a reader
 *       finds after it are one run's whole set.
 *   <li>{@link Dated}: into {@code <output>/<job>/<runDate>/}, published by renaming the whole
 *       folder.
 * </ul>
 */
public abstract sealed class RunFolder permits RunFolder.Flat, RunFolder.Dated {
  /** The file a run's log is written to, beside its tables. */
  public static final String LOG = "run.log";

  /** The file a run's report is written to, beside its tables ({@code --report}). */
  public static final String REPORT = "report.html";

  /** Where the tables end up. */
  public abstract Path destination();

  /** The lock a run holds while it works (see {@link RunLock}). */
  public abstract Path lockFile();

  /** A new, empty, hidden staging folder for this run's tables. */
  public abstract Path newStaging() throws IOException;

  /** Clears what killed runs left behind; returns how many leftovers it dealt with. */
  public abstract int clearLeftovers() throws IOException;

  /** Publishes a finished staging folder; the staging folder is gone afterwards. */
  public abstract void publish(Path staging) throws IOException;

  /** Where the log of a failed run is kept, since its staging folder is deleted. */
  public abstract Path failedLog();

  /**
   * Deletes the staging folder of a failed run, keeping its log as {@link #failedLog()}; returns
   * the kept log, or null when there was none.
   */
  public Path discard(Path staging) throws IOException {
    Path log = staging.resolve(LOG);
    Path kept = null;
    if (Files.exists(log)) {
      kept = failedLog();
      Files.createDirectories(kept.getParent());
      move(log, kept);
    }
    deleteTree(staging);
    return kept;
  }

  /** Straight into {@code --output}. */
  public static final class Flat extends RunFolder {
    static final String STAGING_PREFIX = ".newsnlp-run-";
    static final String COMPLETE = ".complete";
    static final String FAILED_LOG = "run-failed.log";
    private final Path output;
    private final List<Pattern> ownNames;

    /**
     * @param output the folder the tables go to
     * @param tableNames every table a run can write ({@code documents.csv}, …), so that tables of
     *     an earlier run that this run did not write, and their shards, can be removed
     */
    public Flat(Path output, List<String> tableNames) {
      this.output = output;
      List<Pattern> names = new ArrayList<>();
      for (String table : tableNames) {
        String base = table.substring(0, table.length() - ".csv".length());
        names.add(Pattern.compile(Pattern.quote(table)));
        names.add(Pattern.compile(Pattern.quote(base) + "-\\d{5}-of-\\d{5}\\.csv"));
      }
      for (String file : List.of(Manifest.FILE_NAME, LOG, REPORT, FAILED_LOG)) {
        names.add(Pattern.compile(Pattern.quote(file)));
      }
      this.ownNames = List.copyOf(names);
    }

    @Override
    public Path destination() {
      return output;
    }

    @Override
    public String toString() {
      return "a run into " + output;
    }

    @Override
    public Path lockFile() {
      return output.resolve(".newsnlp.lock");
    }

    @Override
    public Path failedLog() {
      return output.resolve(FAILED_LOG);
    }

    @Override
    public Path newStaging() throws IOException {
      Files.createDirectories(output);
      return Files.createDirectory(output.resolve(STAGING_PREFIX + UUID.randomUUID()));
    }

    @Override
    public int clearLeftovers() throws IOException {
      int cleared = 0;
      for (Path staging : children(output, STAGING_PREFIX + "*")) {
        if (Files.exists(staging.resolve(COMPLETE))) {
          finishPublishing(staging);
        } else {
          deleteTree(staging);
        }
        cleared++;
      }
      return cleared;
    }

    @Override
    public void publish(Path staging) throws IOException {
      List<String> files;
      try (Stream<Path> entries = Files.list(staging)) {
        files = entries.map(p -> p.getFileName().toString()).sorted().toList();
      }
      Path marker = staging.resolve(COMPLETE);
      Path markerTemp = staging.resolve(COMPLETE + ".tmp");
      Files.write(markerTemp, files, StandardCharsets.UTF_8);
      move(markerTemp, marker);
      finishPublishing(staging);
    }

    /** Moves a complete staging folder's files into place; safe to repeat after a kill. */
    private void finishPublishing(Path staging) throws IOException {
      List<String> files = Files.readAllLines(staging.resolve(COMPLETE), StandardCharsets.UTF_8);
      for (Path existing : children(output, "*")) {
        String name = existing.getFileName().toString();
        if (Files.isRegularFile(existing) && isOwn(name) && !files.contains(name)) {
          Files.delete(existing);
        }
      }
      for (String name : files) {
        Path staged = staging.resolve(name);
        if (Files.exists(staged)) {
          move(staged, output.resolve(name));
        }
      }
      deleteTree(staging);
    }

    private boolean isOwn(String name) {
      return ownNames.stream().anyMatch(p -> p.matcher(name).matches());
    }
  }

  /** Into {@code <output>/<job>/<runDate>/}, published by renaming the folder. */
  public static final class Dated extends RunFolder {
    private final Path jobDir;
    private final String job;
    private final String runDate;

    public Dated(Path outputRoot, String job, String runDate) {
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

    /** The folder of the job's runs, one published folder per date. */
    public Path jobFolder() {
      return jobDir;
    }

    @Override
    public Path destination() {
      return jobDir.resolve(runDate);
    }

    @Override
    public String toString() {
      return "job " + job + " for " + runDate;
    }

    @Override
    public Path lockFile() {
      return jobDir.resolve("." + runDate + ".lock");
    }

    @Override
    public Path failedLog() {
      return jobDir.resolve(runDate + "-failed.log");
    }

    /** The record of inputs the job's runs have processed, for incremental runs. */
    public Path seenInputsFile() {
      return jobDir.resolve("seen-inputs.csv");
    }

    @Override
    public Path newStaging() throws IOException {
      Files.createDirectories(jobDir);
      return Files.createDirectory(jobDir.resolve("." + runDate + ".tmp-" + UUID.randomUUID()));
    }

    @Override
    public int clearLeftovers() throws IOException {
      if (!Files.isDirectory(jobDir)) {
        return 0;
      }
      int removed = 0;
      for (Path leftover : children(jobDir, "." + runDate + ".{tmp,old}-*")) {
        deleteTree(leftover);
        removed++;
      }
      return removed;
    }

    /**
     * Moves the finished staging folder into place, replacing an earlier run of the same date: the
     * earlier one is first renamed aside, then deleted once the new one is in place.
     */
    @Override
    public void publish(Path staging) throws IOException {
      Path destination = destination();
      Path old = null;
      if (Files.exists(destination)) {
        old = jobDir.resolve("." + runDate + ".old-" + UUID.randomUUID());
        move(destination, old);
      }
      move(staging, destination);
      if (old != null) {
        deleteTree(old);
      }
      Files.deleteIfExists(failedLog());
    }
  }

  private static List<Path> children(Path dir, String glob) throws IOException {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return found;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, glob)) {
      entries.forEach(found::add);
    }
    found.sort(null);
    return found;
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
