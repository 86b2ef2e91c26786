package dev.modelregistry.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.modelregistry.api.ModelRegistryJson;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ImmutableCreateModelPackageRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A digest of a create request, stored with its client token, so that a retry (same request) can
 * be told from a different request that reuses the token. The request is normalized first: the
 * group as a lower-case name (name or ARN, any case, name the same group), the default approval
 * status made explicit, the token itself left out, map entries ordered by key.
 */
final class RequestFingerprint {
  private static final ObjectMapper CANONICAL = canonicalMapper();

  private RequestFingerprint() {}

  private static ObjectMapper canonicalMapper() {
    ObjectMapper mapper = ModelRegistryJson.configure(JsonMapper.builder()
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build());
    // Stores keep the digest with the client token: the text digested must stay what it was when
    // the token was stored, empty lists and maps included, or a retry after an upgrade conflicts.
    mapper.configOverride(List.class).setInclude(JsonInclude.Value.empty());
    mapper.configOverride(Map.class).setInclude(JsonInclude.Value.empty());
    return mapper;
  }

  static String of(CreateModelPackageRequest request, String groupName) {
    CreateModelPackageRequest normalized = ImmutableCreateModelPackageRequest.copyOf(request)
        .withModelPackageGroupName(groupName.toLowerCase(Locale.ROOT))
        .withModelApprovalStatus(
            request.modelApprovalStatus().orElse(ModelApprovalStatus.PENDING_MANUAL_APPROVAL))
        .withClientToken(Optional.empty());
    try {
      byte[] json = CANONICAL.writeValueAsBytes(normalized);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a request always serializes", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
