package dev.modelregistry.core.spi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One package of a {@link RegistryStore#insertPackages batch registration}: its client token, if
 * any, and how to build it once its version is known.
 *
 * @param token the client token and request fingerprint, or {@code null}
 * @param factory builds the package and its history entries
 */
public record NewPackage(@Nullable ClientTokenClaim token, PackageFactory factory) {
  public NewPackage {
    Objects.requireNonNull(factory, "factory");
  }
}
