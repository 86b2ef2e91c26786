package dev.modelregistry.api.internal;

/**
 * The one rule for a caller's text inside an error message: at most {@value #SHOWN_LENGTH}
 * characters of it are shown, followed by how many were left out, so an error never grows with
 * its input (a 2 MB name gives a short message, not a 2 MB one). A surrogate pair is never split,
 * so the shortened text is still valid Unicode. Not API: the registry's messages use it.
 */
public final class EchoedText {
  /** How many characters of a caller's text an error message shows. */
  public static final int SHOWN_LENGTH = 256;

  private EchoedText() {}

  /**
   * Returns {@code text} when it has at most {@value #SHOWN_LENGTH} characters, else its first
   * {@value #SHOWN_LENGTH} (one fewer if that would split a surrogate pair) followed by
   * {@code "… (N more)"}.
   */
  public static String cut(String text) {
    if (text.length() <= SHOWN_LENGTH) {
      return text;
    }
    int shown = Character.isHighSurrogate(text.charAt(SHOWN_LENGTH - 1))
        ? SHOWN_LENGTH - 1
        : SHOWN_LENGTH;
    return text.substring(0, shown) + "… (" + (text.length() - shown) + " more)";
  }
}
