package dev.modelregistry.server.internal;

import dev.modelregistry.api.internal.EchoedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parts of a Signature Version 4 {@code Authorization} header:
 * {@code AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/sagemaker/aws4_request,
 * SignedHeaders=content-type;host;x-amz-date, Signature=5d67...}.
 *
 * @param accessKeyId the access key id of the credential
 * @param date the credential scope's date, {@code yyyyMMdd}
 * @param region the credential scope's region
 * @param service the credential scope's service
 * @param signedHeaders the signed headers' lower-case names, in the order given
 * @param signature the signature, lower-case hex
 */
public record SigV4Authorization(
    String accessKeyId, String date, String region, String service, List<String> signedHeaders,
    String signature) {
  private static final Pattern DATE = Pattern.compile("[0-9]{8}");
  private static final Pattern HEX_SIGNATURE = Pattern.compile("[0-9a-f]{64}");
  private static final List<String> REQUIRED = List.of("Credential", "SignedHeaders", "Signature");

  public SigV4Authorization {
    signedHeaders = List.copyOf(signedHeaders);
  }

  /** Returns the credential scope: {@code date/region/service/aws4_request}. */
  public String scope() {
    return date + "/" + region + "/" + service + "/aws4_request";
  }

  /**
   * Parses a header value.
   *
   * @throws ProtocolException {@code IncompleteSignatureException} if it is not a complete Signature
   *     Version 4 authorization
   */
  public static SigV4Authorization parse(String header) {
    String trimmed = header.strip();
    int space = trimmed.indexOf(' ');
    String algorithm = space < 0 ? trimmed : trimmed.substring(0, space);
    if (!algorithm.equals(SigV4Crypto.ALGORITHM)) {
      throw AuthErrors.incompleteSignature("Unsupported authorization algorithm '"
          + EchoedText.cut(algorithm) + "': this server verifies " + SigV4Crypto.ALGORITHM
          + " (AWS Signature Version 4).");
    }
    Map<String, String> parameters = parameters(space < 0 ? "" : trimmed.substring(space + 1));
    List<String> missing = new ArrayList<>();
    for (String name : REQUIRED) {
      if (!parameters.containsKey(name)) {
        missing.add("Authorization header requires '" + name + "' parameter.");
      }
    }
    if (!missing.isEmpty()) {
      throw AuthErrors.incompleteSignature(String.join(" ", missing));
    }
    String[] credential = parameters.get("Credential").split("/", -1);
    if (credential.length != 5 || credential[0].isEmpty() || !DATE.matcher(credential[1]).matches()
        || credential[2].isEmpty() || credential[3].isEmpty()
        || !credential[4].equals("aws4_request")) {
      throw AuthErrors.incompleteSignature("Credential must have the form"
          + " ACCESS_KEY_ID/yyyyMMdd/REGION/SERVICE/aws4_request.");
    }
    List<String> signedHeaders = Arrays.stream(parameters.get("SignedHeaders").split(";", -1))
        .map(name -> name.strip().toLowerCase(Locale.ROOT))
        .toList();
    if (signedHeaders.stream().anyMatch(String::isEmpty)) {
      throw AuthErrors.incompleteSignature("SignedHeaders must list header names separated by ';'.");
    }
    String signature = parameters.get("Signature");
    if (!HEX_SIGNATURE.matcher(signature).matches()) {
      throw AuthErrors.incompleteSignature("Signature must be 64 lower-case hex digits.");
    }
    return new SigV4Authorization(credential[0], credential[1], credential[2], credential[3],
        signedHeaders, signature);
  }

  private static Map<String, String> parameters(String text) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String part : text.split(",")) {
      String parameter = part.strip();
      int equals = parameter.indexOf('=');
      if (equals > 0) {
        parameters.putIfAbsent(parameter.substring(0, equals).strip(),
            parameter.substring(equals + 1).strip());
      }
    }
    return parameters;
  }
}
