package dev.modelregistry.server.internal;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;
import org.jspecify.annotations.Nullable;

/**
 * Reads one request body without holding a thread: it reads what has arrived, then asks Jetty to
 * call it again when more does ({@code demand}), so a client that sends its body a byte at a
 * time costs a buffer, not a thread. Ends in exactly one of:
 *
 * <ul>
 *   <li>the body, at most {@code maxBytes} long;
 *   <li>{@code RequestEntityTooLargeException} (400) for a larger body, after reading and
 *       discarding up to 16 times the limit so that the client receives the answer instead of a
 *       reset connection (a larger declared length is refused at once);
 *   <li>{@code RequestTimeoutException} (408) when the whole body has not arrived within the body
 *       timeout, or nothing arrived for the idle timeout;
 *   <li>{@code MalformedHttpRequestException} (400) for broken chunked framing, or
 *       {@code RequestAbortedException} (400) when the client closed before the end.
 * </ul>
 * Every error ends the connection after the answer, except a body found too large only at its
 * end, which left the connection ready for the next request.
 */
public final class BodyReader implements Runnable {
  private static final long DRAIN_FACTOR = 16;

  /** Where a body reader delivers its outcome, once. */
  public interface Outcome {
    /** The body arrived whole. */
    void body(byte[] body);

    /**
     * The body was refused: {@code error} says why; {@code closeConnection} whether the
     * connection must end after the answer.
     */
    void refused(WireError error, boolean closeConnection);
  }

  private final Request request;
  private final int maxBytes;
  private final Outcome outcome;
  private final AtomicBoolean finished = new AtomicBoolean();
  private byte[] buffer;
  private int length;
  private long received;
  private volatile Scheduler.@Nullable Task deadline;

  private BodyReader(Request request, int maxBytes, Outcome outcome) {
    this.request = request;
    this.maxBytes = maxBytes;
    this.outcome = outcome;
    long declared = request.getLength();
    this.buffer = new byte[(int) Math.min(maxBytes, declared >= 0 ? declared : 4096)];
  }

  /**
   * Starts reading the body of {@code request}; {@code outcome} is called once, on whichever
   * thread finishes.
   */
  public static void read(Request request, int maxBytes, Duration timeout, Outcome outcome) {
    if (request.getLength() > DRAIN_FACTOR * maxBytes) {
      outcome.refused(TransportErrors.tooLarge(maxBytes), true);
      return;
    }
    BodyReader reader = new BodyReader(request, maxBytes, outcome);
    reader.deadline = request.getComponents().getScheduler()
        .schedule(reader::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
    reader.run();
  }

  /** Reads what has arrived; called again by Jetty when more has. */
  @Override
  public void run() {
    while (!finished.get()) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        if (!finished.get()) { // the deadline may have ended it meanwhile
          request.demand(this);
        }
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        failed(chunk.getFailure());
        return;
      }
      ByteBuffer bytes = chunk.getByteBuffer();
      received += bytes.remaining();
      if (received <= maxBytes) {
        append(bytes);
      }
      boolean last = chunk.isLast(); // a released chunk may be recycled: ask first
      chunk.release();
      if (last) {
        finish(received <= maxBytes ? null : TransportErrors.tooLarge(maxBytes), false);
        return;
      }
      if (received > DRAIN_FACTOR * maxBytes) {
        finish(TransportErrors.tooLarge(maxBytes), true);
        return;
      }
    }
  }

  private void append(ByteBuffer bytes) {
    int count = bytes.remaining();
    if (length + count > buffer.length) {
      int grown = Math.max(length + count, buffer.length * 2);
      buffer = Arrays.copyOf(buffer, Math.min(maxBytes, grown));
    }
    bytes.get(buffer, length, count);
    length += count;
  }

  private void failed(Throwable failure) {
    if (failure instanceof TimeoutException) {
      finish(TransportErrors.bodyTimeout(), true);
    } else if (failure instanceof EofException) {
      // Jetty reports both a client that stopped early and chunking it cannot parse as an early
      // end of stream; only the first has closed its side of the connection.
      finish(request.getConnectionMetaData().getConnection().getEndPoint().isInputShutdown()
          ? TransportErrors.aborted()
          : TransportErrors.malformedBody("the chunked encoding is broken"), true);
    } else if (failure instanceof HttpException http && http.getCode() >= 400
        && http.getCode() < 500) {
      finish(TransportErrors.malformedBody(String.valueOf(http.getReason())), true);
    } else {
      finish(TransportErrors.aborted(), true);
    }
  }

  private void expire() {
    finish(TransportErrors.bodyTimeout(), true);
  }

  private void finish(@Nullable WireError error, boolean closeConnection) {
    if (!finished.compareAndSet(false, true)) {
      return;
    }
    Scheduler.Task task = deadline;
    if (task != null) {
      task.cancel();
    }
    if (error == null) {
      outcome.body(length == buffer.length ? buffer : Arrays.copyOf(buffer, length));
    } else {
      outcome.refused(error, closeConnection);
    }
  }
}
