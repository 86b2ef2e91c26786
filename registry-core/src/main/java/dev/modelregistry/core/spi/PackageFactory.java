package dev.modelregistry.core.spi;

/**
 * Builds a package once the store has allocated its version: what {@link RegistryStore} calls
 * inside the step that stores it. Pure and quick (see {@link RegistryStore}).
 */
@FunctionalInterface
public interface PackageFactory {

  /**
   * Returns the package and its history entries.
   *
   * @param groupName the group's name as stored (its case), whatever case the caller used
   * @param version the version allocated to the package
   */
  PackageWrite create(String groupName, int version);
}
