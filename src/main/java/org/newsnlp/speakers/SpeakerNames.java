package org.newsnlp.speakers;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which names of a run are one speaker in {@code speakers.csv}. Within an article, {@code
 * quotes.csv} already gives each speaker one name; across articles two rules apply, to the whole
 * run at once:
 *
 * <ol>
 *   <li><b>Case.</b> Names that differ only by case ("Analysts", "analysts") are one name, shown in
 *       the spelling with the most rows in the run, of whatever type; on a tie, the spelling first
 *       in character order (capitals before small letters). Every type shows the same spelling, so
 *       no two rows of the table differ only by case.
 *   <li><b>Single names.</b> A {@code person} quoted under a single word ("Howard") is the person
 *       of the run whose full name (two words or more) ends with that word ("Michael Howard"), when
 *       there is exactly one such full name; with two or more ("Michael Howard", "John Howard") or
 *       none it stays a row of its own.
 * </ol>
 *
 * <p>Only {@value #PERSON} is read from the speaker types; every other type is merged by case only.
 * The decision depends on the set of names and their row counts, not on their order, and only names
 * with the same {@link #mergeKey} are ever merged, so it is the same however a run was split.
 */
public final class SpeakerNames {
  /** The speaker type whose single names are merged into full names. */
  public static final String PERSON = "person";

  private SpeakerNames() {}

  /**
   * The row each name of {@code forms} is counted under, given for the names whose row is not their
   * own name and type; every other name is its own row ({@link #rowOf}).
   *
   * @param forms every distinct (name, type) of the run with its rows, each once
   */
  public static Map<SpeakerKey, SpeakerKey> merges(Collection<SpeakerForm> forms) {
    Map<String, Integer> rowsBySpelling = new HashMap<>();
    for (SpeakerForm f : forms) {
      rowsBySpelling.merge(f.speaker(), f.quotes(), Integer::sum);
    }
    Map<String, String> shown = new HashMap<>();
    for (Map.Entry<String, Integer> e : rowsBySpelling.entrySet()) {
      shown.merge(
          fold(e.getKey()),
          e.getKey(),
          (a, b) -> {
            int byRows = Integer.compare(rowsBySpelling.get(b), rowsBySpelling.get(a));
            return byRows < 0 || byRows == 0 && a.compareTo(b) <= 0 ? a : b;
          });
    }
    Map<String, Set<String>> fullNamesByLastWord = new HashMap<>();
    for (SpeakerForm f : forms) {
      if (PERSON.equals(f.speakerType()) && isFullName(f.speaker())) {
        fullNamesByLastWord
            .computeIfAbsent(mergeKey(f.speaker()), w -> new TreeSet<>())
            .add(fold(f.speaker()));
      }
    }
    Map<SpeakerKey, SpeakerKey> merges = new HashMap<>();
    for (SpeakerForm f : forms) {
      String name = shown.get(fold(f.speaker()));
      if (PERSON.equals(f.speakerType()) && !isFullName(name)) {
        Set<String> fullNames = fullNamesByLastWord.getOrDefault(mergeKey(name), Set.of());
        if (fullNames.size() == 1) {
          name = shown.get(fullNames.iterator().next());
        }
      }
      SpeakerKey row = new SpeakerKey(name, f.speakerType());
      if (!row.equals(f.key())) {
        merges.put(f.key(), row);
      }
    }
    return merges;
  }

  /** The row {@code key} is counted under, given the {@link #merges} of its run. */
  public static SpeakerKey rowOf(SpeakerKey key, Map<SpeakerKey, SpeakerKey> merges) {
    return merges.getOrDefault(key, key);
  }

  /**
   * The key that names which may be one speaker share: the last word of the name, case folded
   * ("howard" for "Howard", "HOWARD" and "Michael Howard"). {@link #merges} never joins names with
   * different keys, so the names of a run can be split by this key and each part merged alone.
   */
  public static String mergeKey(String name) {
    return lastWord(fold(name));
  }

  /** The name with case folded away: "Analysts" and "ANALYSTS" fold to "analysts". */
  public static String fold(String name) {
    return name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /** True for a name of two words or more. */
  public static boolean isFullName(String name) {
    String s = name.strip();
    for (int i = 0; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The last word of a name: "Howard" of "Michael Howard". */
  public static String lastWord(String name) {
    String s = name.strip();
    int i = s.length();
    while (i > 0 && !isSpace(s.charAt(i - 1))) {
      i--;
    }
    return s.substring(i);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
