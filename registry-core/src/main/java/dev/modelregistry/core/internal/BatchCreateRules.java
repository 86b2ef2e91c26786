package dev.modelregistry.core.internal;

import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a batch registration: the batch's group, its size, and each request's fields, its
 * group (the batch's) and its client token (once per batch).
 */
final class BatchCreateRules {
  private BatchCreateRules() {}

  /**
   * Returns the batch's group reference.
   *
   * @throws ValidationException naming every broken field, each request's under its index
   */
  static Arns.GroupRef validate(Arns arns, String groupNameOrArn,
      List<CreateModelPackageRequest> requests) {
    Violations violations = new Violations();
    Arns.GroupRef groupRef = arns.groupRef(groupNameOrArn, "modelPackageGroupName", violations);
    // Each request must name the batch's group; checked only against a valid name of ours.
    String groupKey = violations.isEmpty() && groupRef.isOwn()
        ? groupRef.givenName().toLowerCase(Locale.ROOT)
        : null;
    violations.count("requests", requests.size(), 1, FieldRules.MAX_BATCH_CREATE);
    Map<String, Integer> tokens = new HashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      CreateModelPackageRequest request = requests.get(i);
      String at = "requests[" + i + "].";
      Violations own = new Violations();
      Arns.GroupRef ref =
          arns.groupRef(request.modelPackageGroupName(), "modelPackageGroupName", own);
      if (own.isEmpty() && groupKey != null && (!ref.isOwn()
          || !ref.givenName().toLowerCase(Locale.ROOT).equals(groupKey))) {
        own.add("modelPackageGroupName", request.modelPackageGroupName(),
            "must name the batch's group '" + groupNameOrArn + "'");
      }
      CreateRequestRules.validate(request, own);
      Optional<String> token = request.clientToken();
      if (token.isPresent()) {
        Integer first = tokens.putIfAbsent(token.get(), i);
        if (first != null) {
          own.add("clientToken", token.get(),
              "repeats requests[" + first + "].clientToken; a token may appear once per batch");
        }
      }
      violations.addAll(at, own);
    }
    violations.throwIfAny();
    return groupRef;
  }
}
