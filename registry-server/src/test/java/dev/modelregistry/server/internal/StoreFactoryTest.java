package dev.modelregistry.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFactoryTest {

  @Test
  void theDefaultIsAnH2FileInRegistryData() {
    assertThat(StoreFactory.DEFAULT).isEqualTo("h2:registry-data");
  }

  @Test
  void memoryIsTheInMemoryStoreAndSaysItsContentsDoNotLast() throws Exception {
    StoreFactory.OpenedStore opened = StoreFactory.open("memory");

    assertThat(opened.store()).isInstanceOf(InMemoryRegistryStore.class);
    assertThat(opened.description()).isEqualTo("memory, lost when the server stops");
    opened.closer().close();
  }

  @Test
  void anH2DirectoryKeepsTheRegistryAcrossReopening(@TempDir Path directory) throws Exception {
    StoreFactory.OpenedStore first = StoreFactory.open("h2:" + directory);
    ModelRegistries.builder(first.store()).build().createModelPackageGroup(
        CreateModelPackageGroupRequest.builder().modelPackageGroupName("kept").build());
    first.closer().close();

    StoreFactory.OpenedStore second = StoreFactory.open("h2:" + directory);
    try {
      ModelRegistry reopened = ModelRegistries.builder(second.store()).build();

      assertThat(second.store()).isInstanceOf(JdbcRegistryStore.class);
      assertThat(second.description()).isEqualTo("H2 file in " + directory.toAbsolutePath());
      assertThat(reopened.describeModelPackageGroup("kept").modelPackageGroupName())
          .isEqualTo("kept");
      assertThat(directory.resolve("registry.mv.db")).exists();
    } finally {
      second.closer().close();
    }
  }

  @Test
  void theH2FileIsClosedByTheServerNotByH2sShutdownHook(@TempDir Path directory) {
    assertThat(StoreFactory.embeddedH2Url(directory.resolve("new")))
        .isEqualTo("jdbc:h2:file:" + directory.resolve("new").resolve("registry")
            + ";DB_CLOSE_ON_EXIT=FALSE");
    assertThat(directory.resolve("new")).isDirectory();
  }

  @Test
  void aJdbcUrlOpensThatDatabaseAndIsShownWithoutSecrets() throws Exception {
    StoreFactory.OpenedStore opened =
        StoreFactory.openJdbc("jdbc:h2:mem:store-factory;PASSWORD=x", "sa", "");
    try {
      assertThat(opened.store()).isInstanceOf(JdbcRegistryStore.class);
      assertThat(opened.description()).isEqualTo("H2 at jdbc:h2:mem:store-factory;PASSWORD=****");
    } finally {
      opened.closer().close();
    }
  }

  @Test
  void urlsAreShownWithTheirPasswordsMasked() {
    assertThat(StoreFactory.withoutSecrets("jdbc:postgresql://registry:pw@db:5432/models"))
        .isEqualTo("jdbc:postgresql://registry:****@db:5432/models");
    assertThat(StoreFactory.withoutSecrets("jdbc:postgresql://db/models?user=r&password=pw"))
        .isEqualTo("jdbc:postgresql://db/models?user=r&password=****");
    assertThat(StoreFactory.withoutSecrets("jdbc:h2:file:/r;USER=sa;PASSWORD=pw;AUTO_SERVER=TRUE"))
        .isEqualTo("jdbc:h2:file:/r;USER=sa;PASSWORD=****;AUTO_SERVER=TRUE");
  }

  @Test
  void mistakesListTheAvailableStores() {
    assertThatThrownBy(() -> StoreFactory.open("cassandra:x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown store 'cassandra:x'; available: h2:DIRECTORY, memory (or --jdbc-url URL)");
    assertThatThrownBy(() -> StoreFactory.open("h2:"))
        .hasMessageContaining("needs a directory");
  }
}
