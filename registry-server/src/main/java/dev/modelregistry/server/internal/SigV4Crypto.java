package dev.modelregistry.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hashing of AWS Signature Version 4: SHA-256, HMAC-SHA256 and the derived signing key. */
public final class SigV4Crypto {
  /** The algorithm name in the {@code Authorization} header and the string to sign. */
  public static final String ALGORITHM = "AWS4-HMAC-SHA256";

  private SigV4Crypto() {}

  /** Returns the lower-case hex SHA-256 of {@code data}. */
  public static String sha256Hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every JDK has SHA-256", missing);
    }
  }

  /** Returns the lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the signing key: the secret HMAC-chained through date ({@code yyyyMMdd}), region,
   * service and {@code aws4_request}.
   */
  public static byte[] signingKey(String secret, String date, String region, String service) {
    byte[] dateKey = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
    byte[] regionKey = hmac(dateKey, region);
    byte[] serviceKey = hmac(regionKey, service);
    return hmac(serviceKey, "aws4_request");
  }

  /** Returns the signature of {@code stringToSign}: lower-case hex HMAC-SHA256 under the signing key. */
  public static String signature(byte[] signingKey, String stringToSign) {
    return HexFormat.of().formatHex(hmac(signingKey, stringToSign));
  }

  /** Returns the string to sign of a canonical request. */
  public static String stringToSign(String amzDate, String scope, String canonicalRequest) {
    return ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + sha256Hex(canonicalRequest);
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException missing) {
      throw new IllegalStateException("every JDK has HmacSHA256", missing);
    }
  }
}
