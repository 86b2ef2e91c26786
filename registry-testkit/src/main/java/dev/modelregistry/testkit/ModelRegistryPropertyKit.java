package dev.modelregistry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelregistry.api.ModelRegistry;
import dev.modelregistry.api.ValidationException;
import dev.modelregistry.api.model.DriftCheckBaselines;
import dev.modelregistry.api.model.DriftCheckBias;
import dev.modelregistry.api.model.FileSource;
import dev.modelregistry.api.model.MetricsSource;
import dev.modelregistry.api.model.ModelMetrics;
import dev.modelregistry.api.model.ModelPackage;
import dev.modelregistry.api.model.ModelPackageContainerDefinition;
import dev.modelregistry.api.model.ModelQuality;
import dev.modelregistry.api.model.Tag;
import dev.modelregistry.api.request.CreateModelPackageGroupRequest;
import dev.modelregistry.api.request.CreateModelPackageRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;

/**
 * Properties of a registry's validation, checked with generated invalid input (jqwik): every
 * invalid group name, customer metadata key or value, tag, URI and digest is rejected with a
 * {@link ValidationException} naming exactly its field; the registry is left as it was; and no
 * version is consumed (the next valid package gets the next number). A backend's test says only
 * how to open an empty store:
 *
 * <pre>{@code
 * class H2RegistryPropertyTest extends ModelRegistryPropertyKit {
 *   H2RegistryPropertyTest() {
 *     super(directory -> JdbcRegistryStore.inMemory());
 *   }
 * }
 * }</pre>
 *
 * <p>jqwik makes one instance per property; each property gets a fresh store with one group and
 * one package, shared by its tries (at most {@value #TRIES}, so that a database backend stays
 * quick), opened and released as {@link ModelRegistryContractKit} opens and releases a test's:
 * in a temporary directory of its own, closed afterwards if it is {@link AutoCloseable} (or by
 * the {@link StoreCloser} given), and the directory then deleted.
 */
public abstract class ModelRegistryPropertyKit {
  static final int TRIES = 100;
  private static final String GROUP = "churn";

  private final StoreOpener opener;
  private final StoreCloser closer;
  private @Nullable KitSession session;
  private int lastVersion;

  /**
   * Checks the properties on the stores {@code opener} opens, one per property; afterwards a
   * store that is {@link AutoCloseable} is closed ({@link StoreCloser#closeIfAutoCloseable()}).
   */
  protected ModelRegistryPropertyKit(StoreOpener opener) {
    this(opener, StoreCloser.closeIfAutoCloseable());
  }

  /**
   * Checks the properties on the stores {@code opener} opens, one per property, released by
   * {@code closer}.
   */
  protected ModelRegistryPropertyKit(StoreOpener opener, StoreCloser closer) {
    this.opener = Objects.requireNonNull(opener, "opener");
    this.closer = Objects.requireNonNull(closer, "closer");
  }

  @BeforeProperty
  final void openRegistry() throws Exception {
    session = KitSession.open(opener, closer);
    registry().createModelPackageGroup(CreateModelPackageGroupRequest.builder()
        .modelPackageGroupName(GROUP).addTags(Tag.of("team", "risk")).build());
    lastVersion = registry().createModelPackage(Fixtures.minimalPackage(GROUP).build())
        .modelPackageVersion();
  }

  @AfterProperty
  final void closeRegistry() throws Exception {
    KitSession finished = session;
    session = null;
    if (finished != null) {
      finished.close();
    }
  }

  @Property(tries = TRIES)
  @Label("an invalid group name is rejected, naming modelPackageGroupName, by group and package create")
  void rejectsGroupNames(@ForAll("groupNames") String name) {
    rejectedWithoutTrace("modelPackageGroupName", () -> registry().createModelPackageGroup(
        CreateModelPackageGroupRequest.builder().modelPackageGroupName(name).build()));
    rejectedWithoutTrace("modelPackageGroupName",
        () -> create(Fixtures.minimalPackage(name).build()));
  }

  @Property(tries = TRIES)
  @Label("an invalid customer metadata key is rejected, naming customerMetadataProperties.key")
  void rejectsMetadataKeys(@ForAll("metadataKeys") String key) {
    rejectedWithoutTrace("customerMetadataProperties.key", () -> create(
        Fixtures.minimalPackage(GROUP).customerMetadataProperties(Map.of(key, "v")).build()));
  }

  @Property(tries = TRIES)
  @Label("an invalid customer metadata value is rejected, naming customerMetadataProperties.value")
  void rejectsMetadataValues(@ForAll("metadataValues") String value) {
    rejectedWithoutTrace("customerMetadataProperties.value", () -> create(
        Fixtures.minimalPackage(GROUP).customerMetadataProperties(Map.of("k", value)).build()));
  }

  @Property(tries = TRIES)
  @Label("an invalid or reserved tag key is rejected, naming tags[0].key")
  void rejectsTagKeys(@ForAll("tagKeys") String key) {
    rejectedWithoutTrace("tags[0].key", () -> registry().addTags(
        ContractSupport.groupArn(GROUP), List.of(Tag.of(key, "v"))));
  }

  @Property(tries = TRIES)
  @Label("an invalid tag value is rejected, naming tags[0].value")
  void rejectsTagValues(@ForAll("tagValues") String value) {
    rejectedWithoutTrace("tags[0].value", () -> registry().addTags(
        ContractSupport.groupArn(GROUP), List.of(Tag.of("k", value))));
  }

  @Property(tries = TRIES)
  @Label("an invalid URI is rejected wherever a URI goes, naming that field")
  void rejectsUris(@ForAll("uris") String uri) {
    rejectedWithoutTrace("samplePayloadUrl",
        () -> create(Fixtures.minimalPackage(GROUP).samplePayloadUrl(uri).build()));
    rejectedWithoutTrace("inferenceSpecification.containers[0].modelDataUrl",
        () -> create(withContainer(ModelPackageContainerDefinition.builder()
            .image(Fixtures.IMAGE).modelDataUrl(uri).build())));
    rejectedWithoutTrace("modelMetrics.modelQuality.statistics.s3Uri",
        () -> create(withStatistics(MetricsSource.builder().contentType("application/json")
            .s3Uri(uri).build())));
  }

  @Property(tries = TRIES)
  @Label("an invalid digest is rejected wherever a digest goes, naming that field")
  void rejectsDigests(@ForAll("digests") String digest) {
    rejectedWithoutTrace("inferenceSpecification.containers[0].imageDigest",
        () -> create(withContainer(ModelPackageContainerDefinition.builder()
            .image(Fixtures.IMAGE).imageDigest(digest).build())));
    rejectedWithoutTrace("modelMetrics.modelQuality.statistics.contentDigest",
        () -> create(withStatistics(MetricsSource.builder().contentType("application/json")
            .s3Uri("s3://metrics/statistics.json").contentDigest(digest).build())));
    rejectedWithoutTrace("driftCheckBaselines.bias.configFile.contentDigest",
        () -> create(Fixtures.minimalPackage(GROUP).driftCheckBaselines(DriftCheckBaselines
            .builder().bias(DriftCheckBias.builder().configFile(FileSource.builder()
                .s3Uri("s3://baselines/config.json").contentDigest(digest).build()).build())
            .build()).build()));
  }

  @Provide
  Arbitrary<String> groupNames() {
    return InvalidValues.groupNames();
  }

  @Provide
  Arbitrary<String> metadataKeys() {
    return InvalidValues.metadataKeys();
  }

  @Provide
  Arbitrary<String> metadataValues() {
    return InvalidValues.metadataValues();
  }

  @Provide
  Arbitrary<String> tagKeys() {
    return InvalidValues.tagKeys();
  }

  @Provide
  Arbitrary<String> tagValues() {
    return InvalidValues.tagValues();
  }

  @Provide
  Arbitrary<String> uris() {
    return InvalidValues.uris();
  }

  @Provide
  Arbitrary<String> digests() {
    return InvalidValues.digests();
  }

  /**
   * Asserts that {@code call} fails with a validation error naming exactly {@code path}, that the
   * registry shows the same groups, packages, tags, histories and events as before, and that the
   * next valid package gets the next version; that probe package is then deleted again.
   */
  private void rejectedWithoutTrace(String path, ThrowingCallable call) {
    KitContext context = context();
    RegistrySnapshot before = RegistrySnapshot.of(context.registry(), context.events());

    ValidationException error = Rejections.thrownBy(ValidationException.class, call);

    assertThat(Rejections.paths(error)).as(error.getMessage()).containsExactly(path);
    assertThat(RegistrySnapshot.of(context.registry(), context.events()))
        .as("the registry after a rejected call").isEqualTo(before);
    ModelPackage probe = create(Fixtures.minimalPackage(GROUP).build());
    assertThat(probe.modelPackageVersion()).as("the version after a rejected call")
        .isEqualTo(lastVersion + 1);
    lastVersion = probe.modelPackageVersion();
    registry().deleteModelPackage(probe.modelPackageArn());
  }

  private ModelPackage create(CreateModelPackageRequest request) {
    return registry().createModelPackage(request);
  }

  private static CreateModelPackageRequest withContainer(ModelPackageContainerDefinition container) {
    return Fixtures.minimalPackage(GROUP)
        .inferenceSpecification(Fixtures.inferenceSpecification(container)).build();
  }

  private static CreateModelPackageRequest withStatistics(MetricsSource statistics) {
    return Fixtures.minimalPackage(GROUP).modelMetrics(ModelMetrics.builder()
        .modelQuality(ModelQuality.builder().statistics(statistics).build()).build()).build();
  }

  private ModelRegistry registry() {
    return context().registry();
  }

  private KitContext context() {
    KitSession current = session;
    if (current == null) {
      throw new IllegalStateException("no property is running");
    }
    return current.context();
  }
}
