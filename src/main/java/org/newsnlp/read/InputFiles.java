package org.newsnlp.read;

import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.newsnlp.model.RecordCoder;

/**
 * What {@code --inputs} names: the pattern to match, the input folder every path is relative to,
 * and the files matched, each with its relative path and its document id ({@link DocIds}).
 *
 * @param pattern the pattern matched, e.g. {@code news/*} for {@code --inputs=news}
 * @param folder the input folder, ending in {@code /}: absolute for a local one ({@code
 *     /home/ana/news/}), as written for another file system ({@code gs://bucket/news/}); made where
 *     the run starts, so that workers elsewhere agree on it
 *     <p>A folder given as {@code --inputs} means every file in it ({@code folder/*}). The input
 *     folder is the part of the pattern before its first wildcard, up to its last {@code /}; local
 *     folders are made absolute, so that relative paths do not depend on where the run was started.
 *     Files and folders below the input folder whose names start with a dot ({@code .DS_Store},
 *     {@code .git/}) are not read. Paths written to the tables are relative to the input folder, so
 *     the same folder analysed from two places gives the same tables.
 */
@DefaultCoder(RecordCoder.class)
public record InputFiles(String pattern, String folder) implements Serializable {

  /** For {@code --inputs}: a folder, a file, or a pattern ({@code *}, {@code **}). */
  public static InputFiles of(String inputs) {
    String pattern = inputs;
    if (!isRemote(inputs) && new File(inputs).isDirectory()) {
      pattern = inputs.endsWith("/") ? inputs + "*" : inputs + "/*";
    }
    return new InputFiles(pattern, folderOf(pattern));
  }

  /** True when the pattern names a file system other than the local one (gs://, s3://, …). */
  public boolean isRemote() {
    return isRemote(pattern);
  }

  /** One file a pattern matched and is to be read. */
  @DefaultCoder(RecordCoder.class)
  public record Matched(String location, String path, String docId, long sizeBytes)
      implements Serializable {}

  /**
   * The files the pattern matches, sorted by relative path, without folders and hidden files, each
   * with its unique document id. Beam's file systems must be registered first (a pipeline's
   * creation does it, or {@code FileSystems.setDefaultPipelineOptions}).
   */
  public List<Matched> match() throws IOException {
    MatchResult result = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
    List<MatchResult.Metadata> files = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (MatchResult.Metadata file : result.metadata()) {
      if (file.resourceId().isDirectory()) {
        continue;
      }
      String relative = relativePath(file.resourceId().toString());
      if (!isHidden(relative)) {
        files.add(file);
        paths.add(relative);
      }
    }
    Map<String, String> ids = DocIds.assign(paths);
    List<Matched> matched = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      MatchResult.Metadata file = files.get(i);
      matched.add(
          new Matched(
              file.resourceId().toString(), paths.get(i), ids.get(paths.get(i)), file.sizeBytes()));
    }
    matched.sort(Comparator.comparing(Matched::path));
    return matched;
  }

  /**
   * A matched file's path relative to the input folder ({@code bbc/business-001.txt}); its whole
   * path when it lies outside it, which a match does not give.
   */
  public String relativePath(String location) {
    String local = location.startsWith("file://") ? location.substring(7) : location;
    return local.startsWith(folder) ? local.substring(folder.length()) : local;
  }

  /** True when a segment of the relative path starts with a dot. */
  public static boolean isHidden(String relativePath) {
    for (String segment : relativePath.split("/")) {
      if (segment.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRemote(String pattern) {
    return pattern.contains("://") && !pattern.startsWith("file://");
  }

  private static String folderOf(String pattern) {
    String local = pattern.startsWith("file://") ? pattern.substring(7) : pattern;
    int wildcard = firstWildcard(local);
    String prefix = wildcard < 0 ? local : local.substring(0, wildcard);
    int slash = prefix.lastIndexOf('/');
    String folder = slash < 0 ? "" : prefix.substring(0, slash + 1);
    if (isRemote(pattern)) {
      return folder;
    }
    Path absolute = Paths.get(folder.isEmpty() ? "." : folder).toAbsolutePath().normalize();
    String result = absolute.toString();
    return result.endsWith("/") ? result : result + "/";
  }

  /** The position of the first wildcard character in {@code pattern}, or -1. */
  static int firstWildcard(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }
}
