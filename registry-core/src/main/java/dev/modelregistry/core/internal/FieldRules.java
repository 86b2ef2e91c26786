package dev.modelregistry.core.internal;

/** The contract's field rules (section 1, 2 and 4 of the contract, and the project's decisions). */
final class FieldRules {
  private FieldRules() {}

  static final String ENTITY_NAME_PATTERN = "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}";
  private static final String DESCRIPTION_PATTERN = "[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*";
  private static final String METADATA_PATTERN = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*";
  private static final String URI_PATTERN = "(https|s3)://([^/]+)/?(.*)";
  private static final String DIGEST_PATTERN = "[Ss][Hh][Aa]256:[0-9a-fA-F]{64}";
  private static final String SINGLE_LINE = ".*";

  static final FieldRule ENTITY_NAME =
      FieldRule.of(1, 63, ENTITY_NAME_PATTERN, EntityNames::matches);
  static final FieldRule CONTAINER_HOSTNAME = FieldRule.of(0, 63, "(" + ENTITY_NAME_PATTERN + ")?");
  static final FieldRule DESCRIPTION = FieldRule.of(0, 1024, DESCRIPTION_PATTERN);
  static final FieldRule METADATA_PROPERTY = FieldRule.of(0, 1024, SINGLE_LINE);
  static final FieldRule CUSTOMER_METADATA_KEY = FieldRule.of(1, 128, METADATA_PATTERN);
  static final FieldRule CUSTOMER_METADATA_VALUE = FieldRule.of(1, 256, METADATA_PATTERN);
  static final FieldRule TAG_KEY = FieldRule.of(1, 128, METADATA_PATTERN);
  static final FieldRule TAG_VALUE = FieldRule.of(0, 256, METADATA_PATTERN);
  static final FieldRule URI = FieldRule.of(0, 1024, URI_PATTERN);
  static final FieldRule REQUIRED_URI = FieldRule.of(1, 1024, URI_PATTERN);
  static final FieldRule DIGEST = FieldRule.of(0, 72, DIGEST_PATTERN);
  static final FieldRule CLIENT_TOKEN = FieldRule.of(1, 36, "[a-zA-Z0-9-]+");
  static final FieldRule FRAMEWORK_VERSION = FieldRule.of(3, 10, "[0-9]\\.[A-Za-z0-9.-]+");
  static final FieldRule RESPONSE_MIME_TYPE = FieldRule.of(0, 1024, "[-\\w]+\\/.+");
  static final FieldRule SOURCE_URI = FieldRule.of(0, 1024, "[\\p{L}\\p{M}\\p{Z}\\p{N}\\p{P}]*");
  static final FieldRule ENVIRONMENT_KEY = FieldRule.of(0, 1024, "[a-zA-Z_][a-zA-Z0-9_]*");
  static final FieldRule ENVIRONMENT_VALUE = FieldRule.length(0, 1024);
  static final FieldRule KMS_KEY_ID = FieldRule.of(0, 2048, "[a-zA-Z0-9:/_-]*");
  static final FieldRule IMAGE = FieldRule.of(1, 255, "[\\S]+");
  static final FieldRule METRICS_CONTENT_TYPE = FieldRule.of(0, 256, SINGLE_LINE);
  static final FieldRule DATA_INPUT_CONFIG = FieldRule.of(1, 16384, "[\\S\\s]+");
  static final FieldRule MODEL_CARD_CONTENT = FieldRule.length(0, 100_000);
  static final FieldRule RESOURCE_POLICY = FieldRule.length(1, 20_480);
  static final FieldRule NAME_CONTAINS = FieldRule.of(1, 63, "\\P{Cc}*");

  static final int MAX_TAGS = 50;
  static final int MAX_CUSTOMER_METADATA = 50;
  static final int MAX_ADDITIONAL_INFERENCE_SPECIFICATIONS = 15;
  static final int MAX_CONTAINERS = 15;
  static final int MAX_ENVIRONMENT = 100;
  static final int MAX_BATCH_DESCRIBE = 100;
  static final int MAX_BATCH_CREATE = 1000;
  static final int MAX_PAGE_SIZE = 100;
  static final int DEFAULT_PAGE_SIZE = 100;
}
