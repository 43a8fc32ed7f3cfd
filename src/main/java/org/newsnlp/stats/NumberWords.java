package org.newsnlp.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Spells a number as an American English reader says it, so that its syllables can be counted:
 * "1994" = "nineteen ninety four" (a four-digit number from 1100 to 1999 or 2010 to 2099 is read as
 * a year), "2,500" = "two thousand five hundred", "3.75" = "three point seven five", "21st" =
 * "twenty first", "1990s" = "nineteen nineties".
 */
public final class NumberWords {
  private static final String[] ONES = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final String[] SCALES = {"", "thousand", "million", "billion", "trillion"};

  private NumberWords() {}

  /** True for digits with optional thousands commas, a decimal part and an ordinal or plural. */
  public static boolean isNumber(String s) {
    // What "[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?|[0-9]+(\\.[0-9]+)?|[0-9]+(st|nd|rd|th|s)" matches,
    // read in one pass: the pattern's repeated group recursed once per comma, and a token of
    // thousands of them overflowed the stack.
    int n = s.length();
    int i = digits(s, 0);
    if (i == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    String rest = s.substring(i);
    if (rest.equals("st")
        || rest.equals("nd")
        || rest.equals("rd")
        || rest.equals("th")
        || rest.equals("s")) {
      return true;
    }
    if (s.charAt(i) == ',') {
      if (i > 3) {
        return false;
      }
      while (i < n && s.charAt(i) == ',') {
        int end = digits(s, i + 1);
        if (end - (i + 1) != 3) {
          return false;
        }
        i = end;
      }
      if (i == n) {
        return true;
      }
    }
    return s.charAt(i) == '.' && i + 1 < n && digits(s, i + 1) == n;
  }

  /** The end of the run of digits 0-9 that starts at {@code from}. */
  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** The number in words, separated by spaces; {@code s} must satisfy {@link #isNumber}. */
  public static String spell(String s) {
    String suffix = "";
    String number = s;
    if (s.matches("\\d+(st|nd|rd|th|s)")) {
      suffix = s.endsWith("s") && !s.endsWith("ths") ? "s" : "th";
      number = s.replaceAll("\\D", "");
    }
    String[] parts = number.replace(",", "").split("\\.");
    String integer = parts[0];
    List<String> words = new ArrayList<>();
    if (!number.contains(",")
        && integer.length() == 4
        && parts.length == 1
        && (integer.compareTo("1100") >= 0 && integer.compareTo("1999") <= 0
            || integer.compareTo("2010") >= 0 && integer.compareTo("2099") <= 0)) {
      words.addAll(belowHundred(Integer.parseInt(integer.substring(0, 2))));
      int rest = Integer.parseInt(integer.substring(2));
      if (rest == 0) {
        words.add("hundred");
      } else if (rest < 10) {
        words.add("oh");
        words.addAll(belowHundred(rest));
      } else {
        words.addAll(belowHundred(rest));
      }
    } else if (integer.length() > 15) {
      for (char c : integer.toCharArray()) {
        words.add(ONES[c - '0']);
      }
    } else {
      words.addAll(cardinal(Long.parseLong(integer)));
    }
    if (parts.length > 1) {
      words.add("point");
      for (char c : parts[1].toCharArray()) {
        words.add(ONES[c - '0']);
      }
    } else if (!suffix.isEmpty()) {
      String last = words.remove(words.size() - 1);
      words.add(suffix.equals("s") ? plural(last) : ordinal(last));
    }
    return String.join(" ", words);
  }

  private static List<String> cardinal(long n) {
    List<String> words = new ArrayList<>();
    if (n == 0) {
      words.add("zero");
      return words;
    }
    List<List<String>> groups = new ArrayList<>();
    int scale = 0;
    while (n > 0) {
      int group = (int) (n % 1000);
      if (group > 0) {
        List<String> g = new ArrayList<>(belowThousand(group));
        if (scale > 0) {
          g.add(SCALES[scale]);
        }
        groups.add(0, g);
      }
      n /= 1000;
      scale++;
    }
    groups.forEach(words::addAll);
    return words;
  }

  private static List<String> belowThousand(int n) {
    List<String> words = new ArrayList<>();
    if (n >= 100) {
      words.add(ONES[n / 100]);
      words.add("hundred");
      n %= 100;
    }
    if (n > 0) {
      words.addAll(belowHundred(n));
    }
    return words;
  }

  private static List<String> belowHundred(int n) {
    List<String> words = new ArrayList<>();
    if (n < 20) {
      words.add(ONES[n]);
    } else {
      words.add(TENS[n / 10]);
      if (n % 10 > 0) {
        words.add(ONES[n % 10]);
      }
    }
    return words;
  }

  private static String ordinal(String word) {
    return switch (word) {
      case "one" -> "first";
      case "two" -> "second";
      case "three" -> "third";
      case "five" -> "fifth";
      case "eight" -> "eighth";
      case "nine" -> "ninth";
      case "twelve" -> "twelfth";
      default -> word.endsWith("y") ? word.substring(0, word.length() - 1) + "ieth" : word + "th";
    };
  }

  private static String plural(String word) {
    return word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s";
  }
}
