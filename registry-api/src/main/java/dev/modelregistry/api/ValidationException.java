package dev.modelregistry.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The request is invalid. Lists <em>every</em> violated rule, not only the first, so a caller can
 * fix them all at once. Nothing was stored and no version was consumed.
 */
public class ValidationException extends ModelRegistryException {
  private static final long serialVersionUID = 1L;

  private final List<FieldViolation> violations;

  /**
   * @param violations the broken rules, at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public ValidationException(List<FieldViolation> violations) {
    this(describe(violations), violations);
  }

  /** For a single broken rule, with a message of its own that explains what to do instead. */
  public ValidationException(String message, FieldViolation violation) {
    this(message, List.of(violation));
  }

  protected ValidationException(String message, List<FieldViolation> violations) {
    super(message);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation error needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** Returns every violated rule, in the order the fields appear in the request. */
  public List<FieldViolation> violations() {
    return violations;
  }

  private static String describe(List<FieldViolation> violations) {
    return violations.size() + (violations.size() == 1 ? " validation error: " : " validation errors: ")
        + violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; "));
  }
}
