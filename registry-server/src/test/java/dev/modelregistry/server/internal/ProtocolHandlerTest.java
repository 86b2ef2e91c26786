package dev.modelregistry.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ProtocolHandler#serve} answers whatever an operation throws, so no request is left open. */
class ProtocolHandlerTest {

  static Stream<Supplier<Throwable>> failures() {
    return Stream.of(
        () -> new IOException("disk on fire"),
        () -> new AssertionError("disk on fire"),
        () -> new OutOfMemoryError("disk on fire"),
        () -> new StackOverflowError());
  }

  @ParameterizedTest
  @MethodSource("failures")
  void anyThrowableFromAnOperationIsAnInternalFailure(Supplier<Throwable> failure) {
    Operation failing = body -> {
      throw ProtocolHandlerTest.<RuntimeException>sneaky(failure.get());
    };
    ProtocolHandler handler = new ProtocolHandler(Map.of("Fail", failing),
        Authenticator.anonymous(), new CallerContext(), WireJson.newObjectMapper());

    Reply reply = handler.serve(new IncomingRequest("POST", "/", "",
        Map.of("X-Amz-Target", List.of("SageMaker.Fail")), "{}".getBytes(StandardCharsets.UTF_8)));

    assertThat(reply.status()).isEqualTo(500);
    assertThat(new String(reply.body(), StandardCharsets.UTF_8))
        .contains("InternalFailure").doesNotContain("disk on fire");
  }

  /** Throws a checked exception where the compiler does not see it, as some libraries do. */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T sneaky(Throwable failure) throws T {
    throw (T) failure;
  }
}
