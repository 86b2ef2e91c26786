package dev.modelregistry.testkit;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of values that break a field rule of the contract: random text that misses
 * the pattern, and near misses (a valid value with one bad character, one character too long, a
 * reserved prefix, a wrong scheme or digest length). Each generator also keeps random values
 * only if the contract's own pattern really rejects them, so it never produces a valid value.
 */
final class InvalidValues {
  static final Pattern ENTITY_NAME = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}");
  static final Pattern METADATA = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
  static final Pattern URI = Pattern.compile("(https|s3)://([^/]+)/?(.*)");
  static final Pattern DIGEST = Pattern.compile("[Ss][Hh][Aa]256:[0-9a-fA-F]{64}");

  private InvalidValues() {}

  /** Group names that are empty, too long, or hold a character or hyphen where none may be. */
  static Arbitrary<String> groupNames() {
    Arbitrary<String> valid = alphanumeric(1, 40);
    return Arbitraries.oneOf(
        text(0, 70).filter(s -> !ENTITY_NAME.matcher(s).matches()),
        insert(valid, Arbitraries.chars().filter(c -> !isAlphanumericOrHyphen(c))
            .filter(c -> !Character.isSurrogate(c))),
        valid.map(name -> "-" + name),
        valid.map(name -> name + "-"),
        alphanumeric(64, 100),
        Arbitraries.just(""));
  }

  /** Customer metadata keys: empty, longer than 128, or with a character outside the rule. */
  static Arbitrary<String> metadataKeys() {
    return metadataText(128);
  }

  /** Customer metadata values: empty, longer than 256, or with a character outside the rule. */
  static Arbitrary<String> metadataValues() {
    return metadataText(256);
  }

  /** Tag keys: as metadata keys, plus keys starting with {@code aws:} in any case. */
  static Arbitrary<String> tagKeys() {
    Arbitrary<String> reserved = Combinators.combine(
            Arbitraries.of("aws:", "AWS:", "Aws:", "aWs:", "awS:"), alphanumeric(0, 20))
        .as((prefix, rest) -> prefix + rest);
    return Arbitraries.oneOf(metadataText(128), reserved);
  }

  /** Tag values: longer than 256, or with a character outside the rule (empty is valid). */
  static Arbitrary<String> tagValues() {
    return metadataText(256).filter(value -> !value.isEmpty());
  }

  /** URIs with another scheme, no host, no scheme at all, or longer than 1024 characters. */
  static Arbitrary<String> uris() {
    Arbitrary<String> host = alphanumeric(1, 12);
    return Arbitraries.oneOf(
        text(0, 60).filter(s -> !URI.matcher(s).matches()),
        Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1)
                .ofMaxLength(6).filter(s -> !s.equals("https") && !s.equals("s3")), host)
            .as((scheme, h) -> scheme + "://" + h + "/key"),
        Combinators.combine(Arbitraries.of("S3", "HTTPS", "Https", "s3:", "http"), host)
            .as((scheme, h) -> scheme + "://" + h + "/key"),
        alphanumeric(0, 20).map(path -> "s3:///" + path),
        host.map(h -> h + "/key.tar.gz"),
        Arbitraries.integers().between(1025, 1100)
            .map(length -> "s3://bucket/" + "k".repeat(length - 12)));
  }

  /** Digests with another algorithm, a wrong length, a non-hex character, or random text. */
  static Arbitrary<String> digests() {
    Arbitrary<String> hex64 = Arbitraries.strings().withChars("0123456789abcdefABCDEF")
        .ofLength(64);
    return Arbitraries.oneOf(
        text(0, 80).filter(s -> !DIGEST.matcher(s).matches()),
        Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(0).ofMaxLength(80)
            .filter(hex -> hex.length() != 64).map(hex -> "sha256:" + hex),
        Combinators.combine(hex64, Arbitraries.integers().between(0, 63),
                Arbitraries.of('g', 'x', 'z', 'G', 'X', 'Z', '-', ':', '_', ' '))
            .as((hex, at, bad) -> "sha256:" + hex.substring(0, at) + bad + hex.substring(at + 1)),
        Combinators.combine(Arbitraries.of("sha512:", "md5:", "sha-256:", "sha256", "sha1:"),
            hex64).as((algorithm, hex) -> algorithm + hex));
  }

  private static Arbitrary<String> metadataText(int maxLength) {
    Arbitrary<String> valid = Arbitraries.strings().withChars("abcXYZ019_.:/=+-@ ")
        .ofMinLength(1).ofMaxLength(20);
    return Arbitraries.oneOf(
        Arbitraries.just(""),
        Arbitraries.integers().between(maxLength + 1, maxLength + 40).map("k"::repeat),
        insert(valid, Arbitraries.chars().filter(c -> !Character.isSurrogate(c))
            .filter(c -> !METADATA.matcher(String.valueOf(c)).matches())),
        text(1, 40).filter(s -> !METADATA.matcher(s).matches()));
  }

  /** Inserts one character at a random position of a value. */
  private static Arbitrary<String> insert(Arbitrary<String> values, Arbitrary<Character> chars) {
    return Combinators.combine(values, chars, Arbitraries.integers().between(0, 1000))
        .as((value, c, at) -> {
          int position = at % (value.length() + 1);
          return value.substring(0, position) + c + value.substring(position);
        });
  }

  private static Arbitrary<String> alphanumeric(int min, int max) {
    return Arbitraries.strings().alpha().numeric().ofMinLength(min).ofMaxLength(max);
  }

  /** Random text without lone surrogates (which no field accepts, but which no test needs). */
  private static Arbitrary<String> text(int min, int max) {
    return Arbitraries.strings().all().excludeChars(surrogates()).ofMinLength(min)
        .ofMaxLength(max);
  }

  private static char[] surrogates() {
    char[] chars = new char[Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) (Character.MIN_SURROGATE + i);
    }
    return chars;
  }

  private static boolean isAlphanumericOrHyphen(char c) {
    return c == '-' || (c < 128 && Character.isLetterOrDigit(c));
  }
}
