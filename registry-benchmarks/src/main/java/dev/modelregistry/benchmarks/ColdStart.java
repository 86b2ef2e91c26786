package dev.modelregistry.benchmarks;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The process {@link ColdStartBenchmarks} starts: opens an existing embedded registry and
 * describes one package ({@code library}), or opens the same H2 file with plain JDBC and selects
 * the package's row ({@code raw}); prints what it read and exits.
 */
public final class ColdStart {
  static final String GROUP = "cold";

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args[1]);
    if (args[0].equals("library")) {
      try (JdbcRegistryStore store = JdbcRegistryStore.embedded(directory)) {
        ModelRegistry registry = ModelRegistries.builder(store).build();
        ModelPackage found = registry.describeModelPackage(RawRegistry.ARN_PREFIX + GROUP + "/1");
        System.out.println(found.modelPackageArn());
      }
    } else {
      String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("registry")
          + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
      try (Connection connection = DriverManager.getConnection(url, "", "");
          PreparedStatement select = connection.prepareStatement("SELECT package_document FROM"
              + " mr_model_package WHERE group_name = ? AND package_version = ?")) {
        select.setString(1, GROUP);
        select.setInt(2, 1);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          System.out.println(row.getString(1).length());
        }
      }
    }
  }
}
