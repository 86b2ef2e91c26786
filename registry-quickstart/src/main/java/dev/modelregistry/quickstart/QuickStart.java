package dev.modelregistry.quickstart;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.model.InferenceSpecification;
import dev.modelregistry.api.model.MetadataProperties;
import dev.modelregistry.api.model.ModelApprovalStatus;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.model.ModelPackageGroup;
import dev.modelregistry.api.model.ModelPackageHistoryEntry;
import dev.modelregistry.api.model.ModelPackageSummary;
import dev.modelregistry.api.model.UserContext;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import dev.modelregistry.api.request.ListModelPackageGroupsRequest;
import dev.modelregistry.api.request.ListModelPackagesRequest;
import dev.modelregistry.api.request.UpdateModelPackageRequest;
import dev.modelregistry.core.ModelRegistries;
import dev.modelregistry.jdbc.JdbcRegistryStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The quick start: opens (or creates) an embedded registry in a directory, creates a group if it
 * is not there yet, registers three versions with metadata, approves the second, and prints the
 * group, its versions, the latest approved version and that version's history. Run it twice: the
 * registry is durable, so the second run registers versions 4, 5 and 6.
 */
public final class QuickStart {
  private static final String GROUP = "churn-xgboost";

  private QuickStart() {}

  /** Runs the tour on an embedded registry in {@code args[0]}, by default {@code registry-data}. */
  public static void main(String[] args) {
    runEmbedded(Path.of(args.length > 0 ? args[0] : "registry-data"), System.out);
  }

  /** Runs the tour on the embedded registry in {@code directory}, printing to {@code out}. */
  static void runEmbedded(Path directory, PrintStream out) {
    Path absolute = directory.toAbsolutePath();
    try (JdbcRegistryStore store = JdbcRegistryStore.embedded(absolute)) {
      ModelRegistry registry = ModelRegistries.builder(store)
          .callerIdentity(() -> UserContext.ofUserProfile("quickstart"))
          .build();
      out.println("Registry: " + absolute + " (embedded H2 file; run again to see it persist)");
      run(registry, out);
    }
  }

  /** Runs the tour against {@code registry}, printing to {@code out}. */
  static void run(ModelRegistry registry, PrintStream out) {
    if (registry.listModelPackageGroups(ListModelPackageGroupsRequest.builder()
        .nameContains(GROUP).build()).items().isEmpty()) {
      registry.createModelPackageGroup(CreateModelPackageGroupRequest.builder()
          .modelPackageGroupName(GROUP)
          .modelPackageGroupDescription("Customer churn classifier, retrained weekly")
          .build());
    }

    List<ModelPackage> registered = new ArrayList<>();
    for (int week = 1; week <= 3; week++) {
      registered.add(registry.createModelPackage(CreateModelPackageRequest.builder()
          .modelPackageGroupName(GROUP)
          .modelPackageDescription("Weekly retrain " + week)
          .inferenceSpecification(InferenceSpecification.builder()
              .addContainers(ModelPackageContainerDefinition.builder()
                  .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/xgboost-serve:1.7-1")
                  .modelDataUrl("s3://ml-artifacts/churn/week-" + week + "/model.tar.gz")
                  .framework("XGBOOST")
                  .frameworkVersion("1.7")
                  .build())
              .addSupportedContentTypes("text/csv")
              .addSupportedResponseMIMETypes("text/csv")
              .build())
          .metadataProperties(MetadataProperties.builder()
              .commitId("9b1e4c" + week)
              .repository("https://git.example.com/ml/churn.git")
              .build())
          .customerMetadataProperties(Map.of("auc", "0.9" + week))
          .build()));
    }
    registry.updateModelPackage(UpdateModelPackageRequest.builder()
        .modelPackageArn(registered.get(1).modelPackageArn())
        .modelApprovalStatus(ModelApprovalStatus.APPROVED)
        .approvalDescription("AUC above the 0.91 bar on holdout")
        .build());

    ModelPackageGroup group = registry.describeModelPackageGroup(GROUP);
    out.println("Group:    " + group.modelPackageGroupName() + " (" + group.modelPackageGroupArn()
        + ", " + group.modelPackageGroupStatus() + ")");
    out.println("Versions:");
    for (ModelPackageSummary summary : registry.listModelPackages(ListModelPackagesRequest.builder()
        .modelPackageGroupName(GROUP).build()).items()) {
      out.println("  v" + summary.modelPackageVersion() + "  " + summary.modelApprovalStatus()
          + "  " + summary.modelPackageDescription().orElse("") + "  " + summary.creationTime());
    }
    ModelPackage latest = registry.findLatestApprovedModelPackage(GROUP).orElseThrow();
    out.println("Latest approved: v" + latest.modelPackageVersion() + " "
        + latest.modelPackageArn() + " commit "
        + latest.metadataProperties().flatMap(MetadataProperties::commitId).orElse("?"));
    out.println("History of v" + latest.modelPackageVersion() + ":");
    for (ModelPackageHistoryEntry entry : registry.getModelPackageHistory(latest.modelPackageArn())) {
      out.println("  " + entry.changeTime() + "  " + entry.changeType() + "  "
          + entry.fromApprovalStatus().map(s -> s + " -> ").orElse("")
          + entry.toApprovalStatus().map(Object::toString).orElse("")
          + "  by " + entry.changedBy().flatMap(UserContext::userProfileName).orElse("?")
          + entry.description().map(d -> "  \"" + d + "\"").orElse(""));
    }
  }
}
