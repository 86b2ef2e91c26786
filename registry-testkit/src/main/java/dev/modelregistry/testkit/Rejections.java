package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.modelregistry.api.FieldViolation;
import dev.modelregistry.api.ValidationException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions about the errors the registry throws. */
final class Rejections {
  private Rejections() {}

  /** Asserts that {@code call} throws an exception of {@code type} (or a subtype) and returns it. */
  static <T extends Throwable> T thrownBy(Class<T> type, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("expected a %s", type.getSimpleName()).isInstanceOf(type);
    return type.cast(thrown);
  }

  /**
   * Asserts that {@code call} throws a {@link ValidationException} whose violations name exactly
   * {@code paths} (in any order) and returns it.
   */
  static ValidationException invalid(ThrowingCallable call, String... paths) {
    ValidationException error = thrownBy(ValidationException.class, call);
    assertThat(paths(error)).as("violated paths of: %s", error.getMessage())
        .containsExactlyInAnyOrder(paths);
    for (FieldViolation violation : error.violations()) {
      assertThat(violation.rule()).as("rule of %s", violation).isNotBlank();
    }
    return error;
  }

  /**
   * Asserts that {@code call} throws a {@link ValidationException} of exactly that class (a
   * malformed request or a per-request count, not a {@code LimitExceededException}) naming
   * exactly {@code paths}.
   */
  static ValidationException plainInvalid(ThrowingCallable call, String... paths) {
    ValidationException error = invalid(call, paths);
    assertThat(error).as("a plain validation error, not a limit on the stored state: %s",
        error.getMessage()).isExactlyInstanceOf(ValidationException.class);
    return error;
  }

  /**
   * Asserts that {@code call} throws a {@link ValidationException} whose violations all have
   * paths starting with {@code pathPrefix} (for rules whose exact path the contract leaves open,
   * such as which of two duplicate names is reported).
   */
  static ValidationException invalidUnder(ThrowingCallable call, String pathPrefix) {
    ValidationException error = thrownBy(ValidationException.class, call);
    assertThat(paths(error)).as("violated paths of: %s", error.getMessage())
        .isNotEmpty()
        .allSatisfy(path -> assertThat(path).startsWith(pathPrefix));
    return error;
  }

  /** Returns the violated paths, in the order the exception lists them. */
  static List<String> paths(ValidationException error) {
    return error.violations().stream().map(FieldViolation::path).toList();
  }
}
