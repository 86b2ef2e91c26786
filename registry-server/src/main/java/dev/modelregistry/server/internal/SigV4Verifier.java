package dev.modelregistry.server.internal;

import dev.modelregistry.api.internal.EchoedText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies AWS Signature Version 4 on a request, as AWS services do: the {@code Authorization}
 * header, the request time ({@code X-Amz-Date}, or {@code Date}) within 15 minutes of the server's
 * clock, a known access key, a credential scoped to the server's region and the service on the
 * request's date, and the signature over the canonical request including the SHA-256 of the body
 * as received. Query-string (presigned) signatures are not accepted. (Against an endpoint URL,
 * botocore signs with the client's region name and the service's signing name, {@code sagemaker}.)
 *
 * <p>Checks run in this order and the first failure is the answer: missing header
 * ({@code MissingAuthenticationTokenException}), malformed header, date or signed-header list
 * ({@code IncompleteSignatureException}), time outside the window
 * ({@code InvalidSignatureException}, "Signature expired"), unknown key
 * ({@code UnrecognizedClientException}), scope (day, region, service) or signature wrong
 * ({@code InvalidSignatureException}).
 */
public final class SigV4Verifier {
  /** The largest accepted difference between the request time and the server's clock. */
  public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);

  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

  private final Map<String, String> secretsByKeyId;
  private final String region;
  private final String service;
  private final Clock clock;

  /**
   * @param secretsByKeyId the secret of each accepted access key id
   * @param region the region a credential must be scoped to, e.g. {@code us-east-1}
   * @param service the service a credential must be scoped to, e.g. {@code sagemaker}
   * @param clock the clock the request time is compared with
   */
  public SigV4Verifier(Map<String, String> secretsByKeyId, String region, String service,
      Clock clock) {
    this.secretsByKeyId = Map.copyOf(secretsByKeyId);
    this.region = Objects.requireNonNull(region, "region");
    this.service = Objects.requireNonNull(service, "service");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Verifies the request's signature.
   *
   * @return the access key id that signed it
   * @throws ProtocolException with the authentication error if the request is not validly signed
   */
  public String verify(IncomingRequest request) {
    String header = request.header("authorization");
    if (header == null) {
      if (request.rawQuery().contains("X-Amz-Signature=")) {
        throw AuthErrors.incompleteSignature("Query-string (presigned) signatures are not"
            + " accepted; sign the request with an Authorization header.");
      }
      throw AuthErrors.missingToken();
    }
    SigV4Authorization authorization = SigV4Authorization.parse(header);
    RequestTime time = requestTime(request);
    if (!authorization.signedHeaders().contains("host")) {
      throw AuthErrors.incompleteSignature("'Host' must be a 'SignedHeader' in the AWS Authorization.");
    }
    if (request.header("x-amz-target") != null
        && !authorization.signedHeaders().contains("x-amz-target")) {
      // Unsigned, the operation could be changed on the way (Describe into Delete) while the
      // signature still verifies; every AWS SDK signs it.
      throw AuthErrors.incompleteSignature(
          "'X-Amz-Target' must be a 'SignedHeader' in the AWS Authorization.");
    }
    if (!authorization.signedHeaders().contains(time.header())) {
      throw AuthErrors.incompleteSignature(
          "'" + time.header() + "' must be a 'SignedHeader' in the AWS Authorization.");
    }
    checkWindow(time);
    String secret = secretsByKeyId.get(authorization.accessKeyId());
    if (secret == null) {
      throw AuthErrors.unknownAccessKey();
    }
    if (!authorization.date().equals(time.amzDate().substring(0, 8))) {
      throw AuthErrors.invalidSignature("Date in Credential scope does not match YYYYMMDD from"
          + " ISO-8601 version of date from HTTP: '" + authorization.date() + "' != '"
          + time.amzDate().substring(0, 8) + "', from '" + time.amzDate() + "'.");
    }
    if (!authorization.region().equals(region)) {
      throw AuthErrors.invalidSignature("Credential should be scoped to a valid region, not '"
          + EchoedText.cut(authorization.region()) + "'. This server's region is '" + region + "'.");
    }
    if (!authorization.service().equals(service)) {
      throw AuthErrors.invalidSignature(
          "Credential should be scoped to correct service: '" + service + "'.");
    }
    String canonicalRequest = SigV4CanonicalRequest.of(
        request, authorization.signedHeaders(), SigV4Crypto.sha256Hex(request.body()));
    String expected = SigV4Crypto.signature(
        SigV4Crypto.signingKey(secret, authorization.date(), authorization.region(), service),
        SigV4Crypto.stringToSign(time.amzDate(), authorization.scope(), canonicalRequest));
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        authorization.signature().getBytes(StandardCharsets.US_ASCII))) {
      throw AuthErrors.signatureMismatch();
    }
    return authorization.accessKeyId();
  }

  private void checkWindow(RequestTime time) {
    Instant now = clock.instant();
    if (time.instant().isBefore(now.minus(MAX_CLOCK_SKEW))) {
      throw AuthErrors.invalidSignature("Signature expired: " + time.amzDate()
          + " is now earlier than " + format(now.minus(MAX_CLOCK_SKEW)) + " (" + format(now)
          + " - 15 min.)");
    }
    if (time.instant().isAfter(now.plus(MAX_CLOCK_SKEW))) {
      throw AuthErrors.invalidSignature("Signature not yet current: " + time.amzDate()
          + " is still later than " + format(now.plus(MAX_CLOCK_SKEW)) + " (" + format(now)
          + " + 15 min.)");
    }
  }

  private static RequestTime requestTime(IncomingRequest request) {
    String amzDate = request.header("x-amz-date");
    if (amzDate != null) {
      try {
        Instant instant = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
        return new RequestTime("x-amz-date", amzDate, instant);
      } catch (DateTimeParseException malformed) {
        throw AuthErrors.incompleteSignature(
            "X-Amz-Date must have the form yyyyMMdd'T'HHmmss'Z', not '" + EchoedText.cut(amzDate)
                + "'.");
      }
    }
    String date = request.header("date");
    if (date != null) {
      try {
        Instant instant =
            ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return new RequestTime("date", format(instant), instant);
      } catch (DateTimeParseException malformed) {
        throw AuthErrors.incompleteSignature("Date must be an RFC 1123 date, not '" + EchoedText.cut(date) + "'.");
      }
    }
    throw AuthErrors.incompleteSignature("Authorization header requires existence of either a"
        + " 'X-Amz-Date' or a 'Date' header.");
  }

  private static String format(Instant instant) {
    return AMZ_DATE.format(instant.atOffset(ZoneOffset.UTC));
  }

  /** The request time, the header it came from, and its {@code yyyyMMdd'T'HHmmss'Z'} text. */
  private record RequestTime(String header, String amzDate, Instant instant) {}

}
