package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.core.spi.RegistryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How the kits open and release a test's store, so that a backend's test need not. */
class KitSessionTest {

  @Test
  @DisplayName("each test's store opens in an empty directory of its own")
  void emptyDirectoryPerTest() throws Exception {
    List<Path> directories = new ArrayList<>();
    StoreOpener opener = directory -> {
      directories.add(directory);
      return new DelegatingStore();
    };

    KitSession first = KitSession.open(opener, StoreCloser.closeIfAutoCloseable());
    KitSession second = KitSession.open(opener, StoreCloser.closeIfAutoCloseable());

    assertThat(directories).hasSize(2).doesNotHaveDuplicates()
        .allSatisfy(directory -> assertThat(directory).isEmptyDirectory());
    first.close();
    second.close();
  }

  @Test
  @DisplayName("by default an AutoCloseable store is closed, then the directory with its files deleted")
  void closesStoreThenDeletesDirectory() throws Exception {
    FileStore store = new FileStore();
    KitSession session = KitSession.open(store::openIn, StoreCloser.closeIfAutoCloseable());

    session.close();

    assertThat(store.closed).isTrue();
    assertThat(store.filesAtClose).as("the store's files when it closed").isTrue();
    assertThat(store.directory).doesNotExist();
  }

  @Test
  @DisplayName("by default a store that is not AutoCloseable is left alone")
  void defaultLeavesOtherStoresAlone() {
    assertThatCode(() -> StoreCloser.closeIfAutoCloseable().close(new DelegatingStore()))
        .doesNotThrowAnyException();
  }

  @Test
  @DisplayName("a backend's own closer gets the store back instead of the default")
  void ownCloserGetsTheStore() throws Exception {
    List<RegistryStore> released = new ArrayList<>();
    FileStore store = new FileStore();
    KitSession session = KitSession.open(store::openIn, released::add);

    session.close();

    assertThat(released).containsExactly(store);
    assertThat(store.closed).as("closed by the default").isFalse();
  }

  @Test
  @DisplayName("a store that fails to open, or to close, leaves no directory behind")
  void failuresLeaveNoDirectory() throws Exception {
    List<Path> directories = new ArrayList<>();
    assertThatThrownBy(() -> KitSession.open(directory -> {
      directories.add(directory);
      throw new IOException("cannot open");
    }, StoreCloser.closeIfAutoCloseable())).hasMessage("cannot open");

    FileStore store = new FileStore();
    KitSession session = KitSession.open(store::openIn, failed -> {
      throw new IOException("cannot close");
    });
    assertThatThrownBy(session::close).hasMessage("cannot close");

    assertThat(directories).singleElement()
        .satisfies(directory -> assertThat(directory).doesNotExist());
    assertThat(store.directory).doesNotExist();
  }

  /** A store that writes a file into its directory and remembers whether it was closed. */
  private static final class FileStore extends DelegatingStore implements AutoCloseable {
    private Path directory = Path.of("unopened");
    private boolean closed;
    private boolean filesAtClose;

    RegistryStore openIn(Path directory) {
      this.directory = directory;
      try {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "rows");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    @Override
    public void close() {
      closed = true;
      filesAtClose = Files.exists(file());
    }

    private Path file() {
      return directory.resolve("data").resolve("registry.db");
    }
  }
}
