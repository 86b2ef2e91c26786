package dev.modelregistry.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every method of the store SPI, default ones included, reaches the delegate unchanged. */
class ForwardingRegistryStoreTest {

  static Stream<Method> storeMethods() {
    return Stream.of(RegistryStore.class.getMethods())
        .filter(method -> !method.isSynthetic() && !Modifier.isStatic(method.getModifiers()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storeMethods")
  void forwardsEveryMethodWithItsArguments(Method method) throws Exception {
    List<String> calls = new ArrayList<>();
    List<Object[]> arguments = new ArrayList<>();
    RegistryStore delegate = (RegistryStore) Proxy.newProxyInstance(
        RegistryStore.class.getClassLoader(), new Class<?>[] {RegistryStore.class},
        (proxy, called, args) -> {
          calls.add(called.getName());
          arguments.add(args == null ? new Object[0] : args);
          return defaultValue(called.getReturnType());
        });
    ForwardingRegistryStore forwarding = new ForwardingRegistryStore() {
      @Override
      protected RegistryStore delegate() {
        return delegate;
      }
    };
    Object[] given = new Object[method.getParameterCount()];
    for (int i = 0; i < given.length; i++) {
      given[i] = sample(method.getParameterTypes()[i]);
    }

    method.invoke(forwarding, given);

    assertThat(calls).containsExactly(method.getName());
    assertThat(arguments.get(0)).containsExactly(given);
  }

  private static Object sample(Class<?> type) {
    if (type == int.class) {
      return 7;
    }
    if (type == long.class) {
      return 7L;
    }
    if (type == String.class) {
      return "churn";
    }
    if (type == Instant.class) {
      return Instant.EPOCH;
    }
    return null;
  }

  private static Object defaultValue(Class<?> type) {
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == OptionalLong.class) {
      return OptionalLong.empty();
    }
    if (type == List.class) {
      return List.of();
    }
    return null;
  }
}
