package dev.modelregistry.server.testing;

import dev.modelregistry.server.AccessKey;
import dev.modelregistry.server.internal.IncomingRequest;
import dev.modelregistry.server.internal.SigV4CanonicalRequest;
import dev.modelregistry.server.internal.SigV4Crypto;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Signs SageMaker calls for Java's HTTP client, as botocore does (the same signed headers), for
 * tests that need many signed requests without a Python process per request. The verifier it
 * shares code with is tested against botocore independently.
 */
public final class SigV4TestSigner {
  private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
  private static final List<String> SIGNED = List.of("content-type", "host", "x-amz-date", "x-amz-target");
  private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private final URI endpoint;
  private final AccessKey key;
  private final String region;
  private final Clock clock;

  public SigV4TestSigner(URI endpoint, AccessKey key, String region, Clock clock) {
    this.endpoint = endpoint;
    this.key = key;
    this.region = region;
    this.clock = clock;
  }

  /** Returns a signed POST of {@code body} to {@code SageMaker.<operation>}. */
  public HttpRequest sign(String operation, byte[] body) {
    String amzDate = AMZ_DATE.format(clock.instant().atOffset(ZoneOffset.UTC));
    String date = amzDate.substring(0, 8);
    String host = endpoint.getHost() + ":" + endpoint.getPort();
    String target = "SageMaker." + operation;
    IncomingRequest request = new IncomingRequest("POST", "/", "", Map.of(
        "content-type", List.of(CONTENT_TYPE), "host", List.of(host),
        "x-amz-date", List.of(amzDate), "x-amz-target", List.of(target)), body);
    String scope = date + "/" + region + "/sagemaker/aws4_request";
    String signature = SigV4Crypto.signature(
        SigV4Crypto.signingKey(key.secret(), date, region, "sagemaker"),
        SigV4Crypto.stringToSign(amzDate, scope,
            SigV4CanonicalRequest.of(request, SIGNED, SigV4Crypto.sha256Hex(body))));
    return HttpRequest.newBuilder(endpoint.resolve("/"))
        .header("Content-Type", CONTENT_TYPE)
        .header("X-Amz-Date", amzDate)
        .header("X-Amz-Target", target)
        .header("Authorization", SigV4Crypto.ALGORITHM + " Credential=" + key.id() + "/" + scope
            + ", SignedHeaders=" + String.join(";", SIGNED) + ", Signature=" + signature)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }
}
