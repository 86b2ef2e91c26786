package dev.modelregistry.jdbc;

/** What a store does with the database schema when it opens. */
public enum SchemaMode {
  /**
   * Creates the registry's tables if they are missing and applies the scripts the database has
   * not seen yet, under a lock so that processes opening at once do it once. The default.
   */
  CREATE_OR_UPGRADE,

  /**
   * Changes nothing: checks that the database holds exactly the schema version this library
   * needs, for teams that apply the shipped scripts with their own migration tool.
   */
  VALIDATE
}
