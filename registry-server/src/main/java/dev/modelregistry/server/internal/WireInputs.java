package dev.modelregistry.server.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.modelregistry.api.model.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The request shapes whose members the API takes as plain arguments rather than as a request
 * type, in SageMaker's member names. A required member that is missing is reported as SageMaker
 * does, before the registry is called ({@link #require}).
 */
public final class WireInputs {
  private WireInputs() {}

  /** {@code DescribeModelPackageGroup}, {@code DeleteModelPackageGroup}, {@code Get/DeleteModelPackageGroupPolicy}. */
  public record GroupName(@JsonProperty("ModelPackageGroupName") @Nullable String groupName) {
    String required() {
      return require(groupName, "ModelPackageGroupName");
    }
  }

  /** {@code DescribeModelPackage}, {@code DeleteModelPackage}: an ARN, or {@code group/version}. */
  public record PackageName(@JsonProperty("ModelPackageName") @Nullable String packageName) {
    String required() {
      return require(packageName, "ModelPackageName");
    }
  }

  /** {@code BatchDescribeModelPackage}. */
  public record PackageArnList(
      @JsonProperty("ModelPackageArnList") @Nullable List<String> arns) {
    List<String> required() {
      return require(arns, "ModelPackageArnList");
    }
  }

  /** {@code AddTags}. */
  public record AddTags(
      @JsonProperty("ResourceArn") @Nullable String resourceArn,
      @JsonProperty("Tags") @Nullable List<Tag> tags) {}

  /** {@code DeleteTags}. */
  public record DeleteTags(
      @JsonProperty("ResourceArn") @Nullable String resourceArn,
      @JsonProperty("TagKeys") @Nullable List<String> tagKeys) {}

  /** {@code PutModelPackageGroupPolicy}. */
  public record PutPolicy(
      @JsonProperty("ModelPackageGroupName") @Nullable String groupName,
      @JsonProperty("ResourcePolicy") @Nullable String resourcePolicy) {}

  /**
   * Refuses a {@code CreateModelPackage} of an unversioned package (a {@code ModelPackageName}
   * without a {@code ModelPackageGroupName}) before the body is bound: this registry keeps
   * versions of groups only, and says so instead of reporting a missing group member.
   *
   * @throws ProtocolException {@code ValidationException} saying so
   */
  static void refuseUnversionedCreate(JsonNode body) {
    if (body.hasNonNull("ModelPackageName") && !body.hasNonNull("ModelPackageGroupName")) {
      throw new ProtocolException(WireError.badRequest("ValidationException",
          "Unversioned model packages are not supported: this registry stores model package"
              + " versions only. Give ModelPackageGroupName (without ModelPackageName) to register"
              + " a version in a model package group."));
    }
  }

  /**
   * Returns a required member's value.
   *
   * @throws ProtocolException {@code ValidationException} in SageMaker's words if it is missing
   */
  static <T> T require(@Nullable T value, String member) {
    if (value == null) {
      throw RequestErrors.mustNotBeNull(List.of(WirePath.member(member)));
    }
    return value;
  }
}
