package dev.modelregistry.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ApprovalDeniedException;
import dev.modelregistry.api.ConflictException;
import dev.modelregistry.api.FieldViolation;
import dev.modelregistry.api.LimitExceededException;
import dev.modelregistry.api.ResourceAlreadyExistsException;
import dev.modelregistry.api.ResourceNotFoundException;
import dev.modelregistry.api.RevisionConflictException;
import dev.modelregistry.api.StorageException;
import dev.modelregistry.api.ValidationException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

  @Test
  void aLimitExceededIsResourceLimitExceededNotItsSuperclassesCode() {
    WireError error = ErrorMapper.toWireError(new LimitExceededException("too many tags",
        new FieldViolation("tags", "51", "at most 50 per group")));

    assertThat(error).isEqualTo(WireError.badRequest("ResourceLimitExceeded", "too many tags"));
  }

  @Test
  void aValidationExceptionKeepsItsMessageListingEveryViolation() {
    ValidationException invalid = new ValidationException(List.of(
        new FieldViolation("modelPackageGroupName", "a_b", "must match x"),
        new FieldViolation("tags[0].key", "aws:x", "must not start with aws:")));

    WireError error = ErrorMapper.toWireError(invalid);

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.code()).isEqualTo("ValidationException");
    assertThat(error.message()).contains("modelPackageGroupName").contains("tags[0].key");
  }

  @Test
  void notFoundIsResourceNotFound() {
    assertThat(ErrorMapper.toWireError(new ResourceNotFoundException("no group")))
        .isEqualTo(WireError.badRequest("ResourceNotFound", "no group"));
  }

  @Test
  void alreadyExistsIsAValidationExceptionAsSageMakerAnswersADuplicateGroup() {
    assertThat(ErrorMapper.toWireError(new ResourceAlreadyExistsException(
        "Model package group already exists: arn:g", "arn:g")))
        .isEqualTo(WireError.badRequest("ValidationException",
            "Model package group already exists: arn:g"));
  }

  @Test
  void conflictIsConflictException() {
    assertThat(ErrorMapper.toWireError(new ConflictException("not empty")))
        .isEqualTo(WireError.badRequest("ConflictException", "not empty"));
  }

  @Test
  void aStaleRevisionIsConflictException() {
    assertThat(ErrorMapper.toWireError(new RevisionConflictException("arn:p", 2, 3)).code())
        .isEqualTo("ConflictException");
  }

  @Test
  void aDeniedApprovalIsAccessDeniedException() {
    assertThat(ErrorMapper.toWireError(
        new ApprovalDeniedException("denied: creator may not approve", "creator")))
        .isEqualTo(WireError.badRequest("AccessDeniedException",
            "denied: creator may not approve"));
  }

  @Test
  void storageAndUnexpectedFailuresAreInternalFailuresThatRevealNothing() {
    WireError storage = ErrorMapper.toWireError(
        new StorageException("jdbc:postgresql://db/secret refused", new IOException("x")));
    WireError bug = ErrorMapper.toWireError(new IllegalStateException("bug in line 42"));

    assertThat(storage.status()).isEqualTo(500);
    assertThat(storage.code()).isEqualTo("InternalFailure");
    assertThat(storage.message()).doesNotContain("jdbc").doesNotContain("secret");
    assertThat(bug).isEqualTo(storage);
  }

  @Test
  void aProtocolExceptionCarriesItsOwnError() {
    WireError own = new WireError(403, "MissingAuthenticationToken", "m");

    assertThat(ErrorMapper.toWireError(new ProtocolException(own))).isEqualTo(own);
  }
}
