package dev.modelregistry.jdbc;

import dev.modelregistry.api.ModelRegistryException;

/**
 * A JDBC URL asks for a database setting under which the store cannot keep its promise that an
 * acknowledged registration survives a crash of the process, for example an H2 file with
 * {@code WRITE_DELAY} other than 0 or with {@code REUSE_SPACE=TRUE}. Remove the setting from the
 * URL; the store chooses safe values itself.
 */
public class UnsafeDatabaseSettingException extends ModelRegistryException {
  private static final long serialVersionUID = 1L;

  private final String setting;

  /**
   * @param setting the setting as the URL spells it, e.g. {@code REUSE_SPACE=TRUE}
   * @param message why the setting is refused and what to do instead
   */
  public UnsafeDatabaseSettingException(String setting, String message) {
    super(message);
    this.setting = setting;
  }

  /** Returns the refused setting as the URL spells it, e.g. {@code REUSE_SPACE=TRUE}. */
  public String setting() {
    return setting;
  }
}
