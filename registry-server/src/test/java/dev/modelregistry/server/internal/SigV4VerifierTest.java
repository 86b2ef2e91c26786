package dev.modelregistry.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The verifier against AWS's published Signature Version 4 examples (the {@code get-vanilla} and
 * {@code post-vanilla} cases of the test suite, and the IAM {@code ListUsers} example of the
 * signing documentation), and against every way a signature can be wrong.
 */
class SigV4VerifierTest {
  private static final Instant SIGNED_AT = Instant.parse("2015-08-30T12:36:00Z");
  private static final String KEY_ID = "AKIDEXAMPLE";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String GET_VANILLA = "AWS4-HMAC-SHA256"
      + " Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
      + " SignedHeaders=host;x-amz-date,"
      + " Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
  private static final String POST_VANILLA = "AWS4-HMAC-SHA256"
      + " Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
      + " SignedHeaders=host;x-amz-date,"
      + " Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b";
  private static final String IAM_LIST_USERS = "AWS4-HMAC-SHA256"
      + " Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request,"
      + " SignedHeaders=content-type;host;x-amz-date,"
      + " Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";

  @Test
  void acceptsTheGetVanillaExample() {
    assertThat(verifier("service").verify(vanilla("GET", GET_VANILLA, ""))).isEqualTo(KEY_ID);
  }

  @Test
  void acceptsThePostVanillaExample() {
    assertThat(verifier("service").verify(vanilla("POST", POST_VANILLA, ""))).isEqualTo(KEY_ID);
  }

  @Test
  void acceptsTheIamListUsersExampleWithQueryAndContentType() {
    assertThat(verifier("iam").verify(iamListUsers("Action=ListUsers&Version=2010-05-08")))
        .isEqualTo(KEY_ID);
  }

  @Test
  void acceptsAQueryInAnotherOrder() {
    assertThat(verifier("iam").verify(iamListUsers("Version=2010-05-08&Action=ListUsers")))
        .isEqualTo(KEY_ID);
  }

  @Test
  void refusesAChangedBody() {
    assertRefused(() -> verifier("service").verify(vanilla("POST", POST_VANILLA, "{}")),
        400, "InvalidSignatureException", "does not match");
  }

  @Test
  void refusesAChangedQuery() {
    assertRefused(() -> verifier("iam").verify(iamListUsers("Action=DeleteUser&Version=2010-05-08")),
        400, "InvalidSignatureException", "does not match");
  }

  @Test
  void refusesAChangedSignedHeader() {
    IncomingRequest request = vanilla("GET", GET_VANILLA, "");
    Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
    headers.put("host", List.of("evil.example.com"));

    assertRefused(() -> verifier("service").verify(new IncomingRequest("GET", "/", "", headers,
        new byte[0])), 400, "InvalidSignatureException", "does not match");
  }

  @Test
  void refusesAnUnknownAccessKey() {
    SigV4Verifier verifier = new SigV4Verifier(Map.of("AKIDOTHER", SECRET), "us-east-1", "service", at(SIGNED_AT));

    assertRefused(() -> verifier.verify(vanilla("GET", GET_VANILLA, "")),
        400, "UnrecognizedClientException", "security token included in the request is invalid");
  }

  @Test
  void refusesARequestWithoutAuthorization() {
    assertRefused(() -> verifier("service").verify(request("GET", "", Map.of(
            "Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z"), "")),
        400, "MissingAuthenticationTokenException", "Authentication Token");
  }

  @Test
  void refusesAPresignedQuery() {
    assertRefused(() -> verifier("service").verify(request("GET",
            "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=abc", Map.of("Host", "h"), "")),
        400, "IncompleteSignatureException", "presigned");
  }

  @Test
  void refusesAnIncompleteAuthorizationNamingWhatIsMissing() {
    String incomplete = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request";

    assertRefused(() -> verifier("service").verify(vanilla("GET", incomplete, "")),
        400, "IncompleteSignatureException", "requires 'SignedHeaders' parameter");
  }

  @Test
  void refusesOtherAlgorithms() {
    assertRefused(() -> verifier("service").verify(vanilla("GET", "AWS AKIDEXAMPLE:c2ln", "")),
        400, "IncompleteSignatureException", "AWS4-HMAC-SHA256");
  }

  @Test
  void refusesAMalformedCredential() {
    String header = GET_VANILLA.replace("/service/aws4_request", "/service/aws3_request");

    assertRefused(() -> verifier("service").verify(vanilla("GET", header, "")),
        400, "IncompleteSignatureException", "Credential");
  }

  @Test
  void refusesARequestWithoutDate() {
    assertRefused(() -> verifier("service").verify(request("GET", "", Map.of(
            "Host", "example.amazonaws.com", "Authorization", GET_VANILLA), "")),
        400, "IncompleteSignatureException", "'X-Amz-Date' or a 'Date' header");
  }

  @Test
  void refusesASignatureThatDoesNotCoverTheHost() {
    String header = GET_VANILLA.replace("SignedHeaders=host;x-amz-date", "SignedHeaders=x-amz-date");

    assertRefused(() -> verifier("service").verify(vanilla("GET", header, "")),
        400, "IncompleteSignatureException", "'Host' must be a 'SignedHeader'");
  }

  @Test
  void acceptsARequestSignedFifteenMinutesAgo() {
    SigV4Verifier verifier = new SigV4Verifier(Map.of(KEY_ID, SECRET), "us-east-1", "service",
        at(SIGNED_AT.plus(SigV4Verifier.MAX_CLOCK_SKEW)));

    assertThat(verifier.verify(vanilla("GET", GET_VANILLA, ""))).isEqualTo(KEY_ID);
  }

  @Test
  void refusesARequestSignedMoreThanFifteenMinutesAgo() {
    SigV4Verifier verifier = new SigV4Verifier(Map.of(KEY_ID, SECRET), "us-east-1", "service",
        at(SIGNED_AT.plus(SigV4Verifier.MAX_CLOCK_SKEW).plusSeconds(1)));

    assertRefused(() -> verifier.verify(vanilla("GET", GET_VANILLA, "")),
        400, "InvalidSignatureException",
        "Signature expired: 20150830T123600Z is now earlier than 20150830T123601Z");
  }

  @Test
  void refusesARequestSignedMoreThanFifteenMinutesAhead() {
    SigV4Verifier verifier = new SigV4Verifier(Map.of(KEY_ID, SECRET), "us-east-1", "service",
        at(SIGNED_AT.minus(Duration.ofMinutes(16))));

    assertRefused(() -> verifier.verify(vanilla("GET", GET_VANILLA, "")),
        400, "InvalidSignatureException", "Signature not yet current");
  }

  @Test
  void refusesACredentialScopedToAnotherService() {
    assertRefused(() -> verifier("sagemaker").verify(vanilla("GET", GET_VANILLA, "")),
        400, "InvalidSignatureException", "scoped to correct service: 'sagemaker'");
  }

  @Test
  void refusesACredentialScopedToAnotherRegion() {
    SigV4Verifier verifier = new SigV4Verifier(Map.of(KEY_ID, SECRET), "eu-west-1", "service",
        at(SIGNED_AT));

    assertRefused(() -> verifier.verify(vanilla("GET", GET_VANILLA, "")),
        400, "InvalidSignatureException", "scoped to a valid region, not 'us-east-1'");
  }

  @Test
  void refusesACredentialScopedToAnotherDay() {
    String header = GET_VANILLA.replace("/20150830/", "/20150831/");

    assertRefused(() -> verifier("service").verify(vanilla("GET", header, "")),
        400, "InvalidSignatureException", "Date in Credential scope does not match");
  }

  private static SigV4Verifier verifier(String service) {
    return new SigV4Verifier(Map.of(KEY_ID, SECRET), "us-east-1", service, at(SIGNED_AT));
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  private static IncomingRequest vanilla(String method, String authorization, String body) {
    return request(method, "", Map.of("Host", "example.amazonaws.com",
        "X-Amz-Date", "20150830T123600Z", "Authorization", authorization), body);
  }

  private static IncomingRequest iamListUsers(String query) {
    return request("GET", query, Map.of(
        "Content-Type", "application/x-www-form-urlencoded; charset=utf-8",
        "Host", "iam.amazonaws.com",
        "X-Amz-Date", "20150830T123600Z",
        "Authorization", IAM_LIST_USERS), "");
  }

  private static IncomingRequest request(String method, String query, Map<String, String> headers,
      String body) {
    Map<String, List<String>> multi = new LinkedHashMap<>();
    headers.forEach((name, value) -> multi.put(name, List.of(value)));
    return new IncomingRequest(method, "/", query, multi, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRefused(ThrowingCallable call, int status, String code, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(ProtocolException.class, refused -> {
          assertThat(refused.error().status()).isEqualTo(status);
          assertThat(refused.error().code()).isEqualTo(code);
          assertThat(refused.error().message()).contains(message);
        });
  }
}
