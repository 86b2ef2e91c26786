package dev.modelregistry.core.spi;

import dev.modelregistry.api.model.ModelPackage;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link RegistryStore#insertPackage} did: created a package, or found the one created
 * earlier with the same client token.
 */
public final class PackageInsertion {
  private final ModelPackage modelPackage;
  private final @Nullable String existingFingerprint;

  private PackageInsertion(ModelPackage modelPackage, @Nullable String existingFingerprint) {
    this.modelPackage = Objects.requireNonNull(modelPackage, "modelPackage");
    this.existingFingerprint = existingFingerprint;
  }

  /** A new package was stored. */
  public static PackageInsertion created(ModelPackage modelPackage) {
    return new PackageInsertion(modelPackage, null);
  }

  /** The token was seen before: nothing was stored; this is the earlier package. */
  public static PackageInsertion existing(ModelPackage modelPackage, String requestFingerprint) {
    return new PackageInsertion(modelPackage, Objects.requireNonNull(requestFingerprint));
  }

  /** Returns the new package, or the one created earlier with the same token. */
  public ModelPackage modelPackage() {
    return modelPackage;
  }

  /** Returns whether a new package was stored. */
  public boolean created() {
    return existingFingerprint == null;
  }

  /** Returns the fingerprint stored with the earlier package, if the token was seen before. */
  public Optional<String> existingFingerprint() {
    return Optional.ofNullable(existingFingerprint);
  }
}
