package dev.modelregistry.core.internal;

import dev.modelregistry.api.ApprovalDeniedException;
import dev.modelregistry.api.audit.AuditRecord;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageChangeType;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.core.spi.ClientTokenClaim;
import dev.modelregistry.core.spi.NewPackage;
import dev.modelregistry.core.spi.PackageInsertion;
import dev.modelregistry.core.spi.RegistryStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Registers model packages, one or a batch: validates, has the store allocate versions and build
 * them with {@link NewPackageFactory}, answers a client token's replay with the package it made,
 * records a denial, and tells listeners.
 */
final class PackageRegistration {
  private static final List<ModelPackageChangeType> CREATED =
      List.of(ModelPackageChangeType.CREATED);

  private final RegistryContext context;
  private final RegistryStore store;
  private final NewPackageFactory factory;

  PackageRegistration(RegistryContext context, NewPackageFactory factory) {
    this.context = context;
    this.store = context.store();
    this.factory = factory;
  }

  ModelPackage create(CreateModelPackageRequest given) {
    CreateModelPackageRequest request = RequestSnapshots.of(given);
    Violations violations = new Violations();
    Arns.GroupRef groupRef = context.arns()
        .groupRef(request.modelPackageGroupName(), "modelPackageGroupName", violations);
    CreateRequestRules.validate(request, violations);
    violations.throwIfAny();

    // The store resolves the group (any case) and hands the factory its stored name: one step.
    String groupName = groupRef.name();
    UserContext creator = context.caller();
    ClientTokenClaim token = tokenClaim(request, groupName);
    AtomicReference<AuditRecord> denied = new AtomicReference<>();
    PackageInsertion insertion;
    try {
      insertion = store.insertPackage(groupName, token,
          factory.forRequest(request, creator, denied));
    } catch (ApprovalDeniedException e) {
      throw context.recordDenial(e, denied.get());
    }
    if (token != null && !insertion.created()) {
      // the store returns the earlier package of a token as it is; whether it answers this
      // request is the claim's rule
      token.requireSameRequest(insertion.modelPackage(),
          insertion.existingFingerprint().orElseThrow());
    }
    ModelPackage created = insertion.modelPackage();
    publishCreated(created);
    return created;
  }

  List<ModelPackage> createAll(String groupNameOrArn, List<CreateModelPackageRequest> given) {
    // as for one: what is validated is what is fingerprinted and stored, whatever the caller
    // does with its maps afterwards
    List<CreateModelPackageRequest> requests = given.stream().map(RequestSnapshots::of).toList();
    Arns.GroupRef groupRef = BatchCreateRules.validate(context.arns(), groupNameOrArn, requests);

    String groupName = groupRef.name();
    UserContext creator = context.caller();
    List<NewPackage> packages = new ArrayList<>(requests.size());
    AtomicReference<AuditRecord> denied = new AtomicReference<>();
    for (CreateModelPackageRequest request : requests) {
      packages.add(new NewPackage(tokenClaim(request, groupName),
          factory.forRequest(request, creator, denied)));
    }
    List<PackageInsertion> insertions;
    try {
      // a token reused by another request aborts the whole batch inside the store's step
      // (ClientTokenClaim.requireSameRequest), so every insertion here answers its request
      insertions = store.insertPackages(groupName, packages);
    } catch (ApprovalDeniedException e) {
      throw context.recordDenial(e, denied.get());
    }
    List<ModelPackage> result = new ArrayList<>(insertions.size());
    for (PackageInsertion insertion : insertions) {
      result.add(insertion.modelPackage());
    }
    result.forEach(this::publishCreated);
    return List.copyOf(result);
  }

  private static @Nullable ClientTokenClaim tokenClaim(CreateModelPackageRequest request,
      String groupName) {
    return request.clientToken()
        .map(t -> new ClientTokenClaim(t, RequestFingerprint.of(request, groupName)))
        .orElse(null);
  }

  /**
   * Tells listeners about a registered package, also on a replay: the first call may have stored
   * the package and then failed before its listeners heard of it (a commit whose acknowledgement
   * was lost); delivery is at least once, with stable event IDs.
   */
  private void publishCreated(ModelPackage created) {
    context.publish(created, CREATED, created.creationTime());
  }
}
