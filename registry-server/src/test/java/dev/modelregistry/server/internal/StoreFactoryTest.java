package dev.modelregistry.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelregistry.inmemory.InMemoryRegistryStore;
import org.junit.jupiter.api.Test;

class StoreFactoryTest {

  @Test
  void memoryIsTheInMemoryStoreAndSaysItsContentsDoNotLast() {
    StoreFactory.OpenedStore opened = StoreFactory.open("memory");

    assertThat(opened.store()).isInstanceOf(InMemoryRegistryStore.class);
    assertThat(opened.description()).contains("lost when the server stops");
  }

  @Test
  void anUnknownStoreListsTheAvailableOnes() {
    assertThatThrownBy(() -> StoreFactory.open("cassandra:x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown store 'cassandra:x'; available: memory");
  }
}
