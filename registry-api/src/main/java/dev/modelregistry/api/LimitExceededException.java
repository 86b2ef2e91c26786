package dev.modelregistry.api;

/**
 * The request would take a resource past one of its limits: more than 50 tags on a group, more
 * than 15 additional inference specifications or 50 customer metadata entries on a package.
 * A kind of {@link ValidationException} (the request cannot succeed as it is), separate so that a
 * caller can tell "too many" from "malformed". Nothing was changed.
 */
public class LimitExceededException extends ValidationException {
  private static final long serialVersionUID = 1L;

  public LimitExceededException(String message, FieldViolation violation) {
    super(message, violation);
  }
}
