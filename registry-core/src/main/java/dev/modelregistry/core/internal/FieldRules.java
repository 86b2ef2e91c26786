package dev.modelregistry.core.internal;

/** The contract's field rules (section 1, 2 and 4 of the contract, and the project's decisions). */
final class FieldRules {
  private FieldRules() {}

  static final String ENTITY_NAME_PATTERN = "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}";
  private static final String DESCRIPTION_CLASS = "[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]";
  private static final String METADATA_CLASS = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]";
  private static final String URI_PATTERN = "(https|s3)://([^/]+)/?(.*)";
  private static final String DIGEST_PATTERN = "[Ss][Hh][Aa]256:[0-9a-fA-F]{64}";
  /** Any character but a line terminator: {@code .*}. */
  private static final String ANY_BUT_LINE_TERMINATOR = ".";

  static final FieldRule ENTITY_NAME =
      FieldRule.of(1, 63, ENTITY_NAME_PATTERN, EntityNames::matches);
  static final FieldRule CONTAINER_HOSTNAME = FieldRule.of(0, 63, "(" + ENTITY_NAME_PATTERN + ")?");
  static final FieldRule DESCRIPTION = FieldRule.repeated(0, 1024, DESCRIPTION_CLASS, '*');
  static final FieldRule METADATA_PROPERTY =
      FieldRule.repeated(0, 1024, ANY_BUT_LINE_TERMINATOR, '*');
  static final FieldRule CUSTOMER_METADATA_KEY = FieldRule.repeated(1, 128, METADATA_CLASS, '*');
  static final FieldRule CUSTOMER_METADATA_VALUE = FieldRule.repeated(1, 256, METADATA_CLASS, '*');
  static final FieldRule TAG_KEY = FieldRule.repeated(1, 128, METADATA_CLASS, '*');
  static final FieldRule TAG_VALUE = FieldRule.repeated(0, 256, METADATA_CLASS, '*');
  static final FieldRule URI = FieldRule.ascii(0, 1024, URI_PATTERN, FieldRules::isUri);
  static final FieldRule REQUIRED_URI = FieldRule.ascii(1, 1024, URI_PATTERN, FieldRules::isUri);
  static final FieldRule DIGEST = FieldRule.of(0, 72, DIGEST_PATTERN);
  static final FieldRule CLIENT_TOKEN = FieldRule.repeated(1, 36, "[a-zA-Z0-9-]", '+');
  static final FieldRule FRAMEWORK_VERSION = FieldRule.ascii(3, 10, "[0-9]\\.[A-Za-z0-9.-]+",
      FieldRules::isFrameworkVersion);
  static final FieldRule RESPONSE_MIME_TYPE = FieldRule.ascii(0, 1024, "[-\\w]+\\/.+",
      FieldRules::isMimeType);
  static final FieldRule SOURCE_URI =
      FieldRule.repeated(0, 1024, "[\\p{L}\\p{M}\\p{Z}\\p{N}\\p{P}]", '*');
  static final FieldRule ENVIRONMENT_KEY = FieldRule.ascii(0, 1024, "[a-zA-Z_][a-zA-Z0-9_]*",
      FieldRules::isEnvironmentKey);
  static final FieldRule ENVIRONMENT_VALUE = FieldRule.length(0, 1024);
  static final FieldRule KMS_KEY_ID = FieldRule.repeated(0, 2048, "[a-zA-Z0-9:/_-]", '*');
  static final FieldRule IMAGE = FieldRule.repeated(1, 255, "[\\S]", '+');
  static final FieldRule METRICS_CONTENT_TYPE =
      FieldRule.repeated(0, 256, ANY_BUT_LINE_TERMINATOR, '*');
  static final FieldRule DATA_INPUT_CONFIG = FieldRule.of(1, 16384, "[\\S\\s]+");
  static final FieldRule MODEL_CARD_CONTENT = FieldRule.length(0, 100_000);
  static final FieldRule RESOURCE_POLICY = FieldRule.length(1, 20_480);
  static final FieldRule NAME_CONTAINS = FieldRule.repeated(1, 63, "\\P{Cc}", '*');
  static final FieldRule FEED_CONSUMER_NAME = FieldRule.repeated(1, 256, "\\P{Cc}", '*');

  static final int MAX_TAGS = 50;
  static final int MAX_CUSTOMER_METADATA = 50;
  static final int MAX_ADDITIONAL_INFERENCE_SPECIFICATIONS = 15;
  static final int MAX_CONTAINERS = 15;
  static final int MAX_ENVIRONMENT = 100;
  static final int MAX_BATCH_DESCRIBE = 100;
  static final int MAX_BATCH_CREATE = 1000;
  static final int MAX_PAGE_SIZE = 100;
  static final int DEFAULT_PAGE_SIZE = 100;
  static final int MAX_FEED_READ = 1000;

  // Hand-written checks of ASCII values, each exactly its pattern on ASCII strings (see
  // FieldRule.ascii); the regular expressions stay the rule and check everything else.

  /** {@code (https|s3)://([^/]+)/?(.*)}: a host part without '/', then one line. */
  private static boolean isUri(String value) {
    int start = value.startsWith("https://") ? 8 : value.startsWith("s3://") ? 5 : -1;
    if (start < 0 || start == value.length() || value.charAt(start) == '/') {
      return false;
    }
    int slash = value.indexOf('/', start);
    return slash < 0 || isOneLine(value, slash + 1);
  }

  /** {@code [0-9]\.[A-Za-z0-9.-]+}. */
  private static boolean isFrameworkVersion(String value) {
    if (value.length() < 3 || !isDigit(value.charAt(0)) || value.charAt(1) != '.') {
      return false;
    }
    for (int i = 2; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code [-\w]+\/.+}: word characters and '-', a '/', then one non-empty line. */
  private static boolean isMimeType(String value) {
    int slash = value.indexOf('/');
    if (slash < 1 || slash == value.length() - 1) {
      return false;
    }
    for (int i = 0; i < slash; i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '_' && c != '-') {
        return false;
      }
    }
    return isOneLine(value, slash + 1);
  }

  /** {@code [a-zA-Z_][a-zA-Z0-9_]*}. */
  private static boolean isEnvironmentKey(String value) {
    if (value.isEmpty() || isDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '_') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code value} from {@code from} on holds no line terminator ('.' matches it). */
  private static boolean isOneLine(String value, int from) {
    for (int i = from; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetterOrDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
