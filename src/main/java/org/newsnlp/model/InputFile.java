package org.newsnlp.model;

import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One matched input file and what became of it: a row of {@code inputs.csv}, from which a run's
 * manifest takes its input count and fingerprint, and an incremental run its skip list.
 *
 * @param path the file's path relative to the input folder
 * @param sha256 hex SHA-256 of the file's bytes as stored (before any gzip decompression); empty
 *     when the file was not read (too large, unreadable)
 * @param sizeBytes the file's size in bytes
 * @param status {@code processed} (a document or an error row), or {@code skipped} (unchanged since
 *     the job's last successful run, in an incremental run)
 */
@DefaultCoder(RecordCoder.class)
public record InputFile(String path, String sha256, long sizeBytes, String status)
    implements Serializable {
  public static final String PROCESSED = "processed";
  public static final String SKIPPED = "skipped";

  public static List<String> header() {
    return List.of("path", "sha256", "size_bytes", "status");
  }

  public List<String> toCsv() {
    return List.of(path, sha256, Long.toString(sizeBytes), status);
  }
}
