package dev.modelregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.jdbc.JdbcRegistryStore;
import dev.modelregistry.jdbc.UnsafeDatabaseSettingException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("H2 URLs get the settings that keep acknowledged registrations")
class H2UrlsTest {
  @TempDir
  Path directory;

  @Test
  @DisplayName("a file appends every commit, writes it at once and is compacted when it closes")
  void durableSettings() {
    assertThat(H2Urls.withRegistryDefaults("jdbc:h2:file:/data/registry"))
        .isEqualTo("jdbc:h2:file:/data/registry;WRITE_DELAY=0;REUSE_SPACE=FALSE"
            + ";DEFRAG_ALWAYS=TRUE;LOCK_TIMEOUT=10000");
    assertThat(H2Urls.withRegistryDefaults("jdbc:h2:./registry;AUTO_SERVER=TRUE"))
        .contains(";REUSE_SPACE=FALSE");
    assertThat(H2Urls.withRegistryDefaults("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1"))
        .isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1;WRITE_DELAY=0;LOCK_TIMEOUT=10000");
    assertThat(H2Urls.withRegistryDefaults("jdbc:h2:tcp://host/mem:x")).doesNotContain("REUSE");
    assertThat(H2Urls.withRegistryDefaults("jdbc:h2:file:/r;reuse_space=false;write_delay=0"))
        .isEqualTo("jdbc:h2:file:/r;reuse_space=false;write_delay=0;DEFRAG_ALWAYS=TRUE"
            + ";LOCK_TIMEOUT=10000");
  }

  @Test
  @DisplayName("a file URL that would lose acknowledged registrations is refused, by the store too")
  void refusesUnsafeFileSettings() {
    assertThatThrownBy(() -> H2Urls.withRegistryDefaults("jdbc:h2:file:/r;REUSE_SPACE=TRUE"))
        .isInstanceOf(UnsafeDatabaseSettingException.class)
        .hasMessageContaining("REUSE_SPACE=TRUE")
        .satisfies(e -> assertThat(((UnsafeDatabaseSettingException) e).setting())
            .isEqualTo("REUSE_SPACE=TRUE"));
    assertThatThrownBy(() -> JdbcRegistryStore.builder(
        "jdbc:h2:file:" + directory.resolve("registry") + ";WRITE_DELAY=500").build())
        .isInstanceOf(UnsafeDatabaseSettingException.class)
        .hasMessage("The H2 URL sets WRITE_DELAY=500, under which a registration that returned"
            + " can be lost when the process dies. Remove it from the URL: the store sets"
            + " WRITE_DELAY=0 on every H2 file.");
    assertThat(H2Urls.withRegistryDefaults("jdbc:h2:mem:x;WRITE_DELAY=500"))
        .contains("WRITE_DELAY=500");
  }
}
