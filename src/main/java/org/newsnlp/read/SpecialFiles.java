package org.newsnlp.read;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what a local file pattern names but Beam's matching passes over in silence: dangling
 * symbolic links and entries that are not regular files (pipes, sockets, devices). Each is an input
 * the user meant to give, so it must become an error row rather than vanish.
 */
public final class SpecialFiles {
  /** A path the pattern names that cannot be read as a file, and why. */
  public record Unreadable(String path, String detail) {}

  private SpecialFiles() {}

  /**
   * The unreadable entries {@code inputs} names, with paths relative to its input folder; hidden
   * files and folders are passed over, as the read stage passes over them.
   */
  public static List<Unreadable> find(InputFiles inputs) throws IOException {
    List<Unreadable> found = new ArrayList<>();
    if (inputs.isRemote()) {
      return found;
    }
    String pattern = inputs.pattern();
    String local = pattern.startsWith("file://") ? pattern.substring(7) : pattern;
    Path base = Paths.get(inputs.folder());
    if (!Files.isDirectory(base)) {
      return found;
    }
    String absolute = Paths.get(local).toAbsolutePath().normalize().toString();
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + absolute);
    Files.walkFileTree(
        base,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(base) && dir.getFileName().toString().startsWith(".")
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!matcher.matches(file) || file.getFileName().toString().startsWith(".")) {
              return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink() && !Files.exists(file)) {
              found.add(
                  new Unreadable(
                      inputs.relativePath(file.toString()),
                      "the file is a symbolic link to "
                          + target(file)
                          + ", which does not exist; fix or remove the link"));
            } else if (attrs.isOther()
                || attrs.isSymbolicLink()
                    && !Files.isRegularFile(file)
                    && !Files.isDirectory(file)) {
              found.add(
                  new Unreadable(
                      inputs.relativePath(file.toString()),
                      "the path is not a regular file (a pipe, socket or device); only files are read"));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (matcher.matches(file)) {
              found.add(
                  new Unreadable(
                      inputs.relativePath(file.toString()),
                      "the path could not be examined ("
                          + e.getClass().getSimpleName()
                          + "); check its permissions"));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(java.util.Comparator.comparing(Unreadable::path));
    return found;
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "an unknown target";
    }
  }
}
