package dev.modelregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelregistry.inmemory.InMemoryRegistryStore;
import dev.modelregistry.server.testing.RawClient;
import dev.modelregistry.server.testing.ServiceModelRequirements;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every response of the sixteen operations carries every member SageMaker's service model marks
 * required in that operation's output, at every level the response reaches (a required member of
 * an optional structure is required when the structure is there). The requirements come from the
 * installed botocore when there is one, else from the checked-in list, which must then agree.
 */
class RequiredOutputMembersTest {
  private static final List<String> OPERATIONS = List.of(
      "CreateModelPackageGroup", "DescribeModelPackageGroup", "ListModelPackageGroups",
      "DeleteModelPackageGroup", "CreateModelPackage", "DescribeModelPackage",
      "BatchDescribeModelPackage", "ListModelPackages", "UpdateModelPackage", "DeleteModelPackage",
      "AddTags", "ListTags", "DeleteTags", "PutModelPackageGroupPolicy",
      "GetModelPackageGroupPolicy", "DeleteModelPackageGroupPolicy");
  private static final String ARN = "arn:aws:sagemaker:us-east-1:000000000000:";
  private static final String S3 = "{\"ContentType\": \"application/json\", \"S3Uri\": \"s3://ml/";
  private static final String FULL_PACKAGE = """
      {"ModelPackageGroupName": "required",
       "ModelPackageDescription": "every structure the API models, so their members are checked",
       "InferenceSpecification": {
         "Containers": [{"Image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/serve:1",
           "ModelDataUrl": "s3://ml/model.tar.gz", "Environment": {"A": "1"},
           "ModelInput": {"DataInputConfig": "{\\"input\\": [1, 28, 28]}"}}],
         "SupportedContentTypes": ["text/csv"], "SupportedResponseMIMETypes": ["text/csv"],
         "SupportedRealtimeInferenceInstanceTypes": ["ml.m5.large"],
         "SupportedTransformInstanceTypes": ["ml.m5.large"]},
       "ModelApprovalStatus": "PendingManualApproval",
       "MetadataProperties": {"CommitId": "9b1e4c7", "Repository": "https://git.example.com/ml"},
       "ModelMetrics": {
         "ModelQuality": {"Statistics": %1$sq-stats.json"}, "Constraints": %1$sq-cons.json"}},
         "ModelDataQuality": {"Statistics": %1$sd-stats.json"}, "Constraints": %1$sd-cons.json"}},
         "Bias": {"Report": %1$sbias.json"}, "PreTrainingReport": %1$spre.json"},
           "PostTrainingReport": %1$spost.json"}},
         "Explainability": {"Report": %1$sexpl.json"}}},
       "DriftCheckBaselines": {
         "Bias": {"ConfigFile": %1$sbias-config.json"},
           "PreTrainingConstraints": %1$spre-cons.json"},
           "PostTrainingConstraints": %1$spost-cons.json"}},
         "Explainability": {"Constraints": %1$sexpl-cons.json"}, "ConfigFile": %1$sexpl-config.json"}},
         "ModelQuality": {"Statistics": %1$sdq-stats.json"}, "Constraints": %1$sdq-cons.json"}},
         "ModelDataQuality": {"Statistics": %1$sdd-stats.json"}, "Constraints": %1$sdd-cons.json"}}},
       "Domain": "MACHINE_LEARNING", "Task": "CLASSIFICATION",
       "SamplePayloadUrl": "s3://ml/payload.tar.gz",
       "CustomerMetadataProperties": {"owner": "team-a"},
       "AdditionalInferenceSpecifications": [{"Name": "gpu", "Description": "on GPUs",
         "Containers": [{"Image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/serve:1-gpu"}],
         "SupportedContentTypes": ["text/csv"]}],
       "SourceUri": "s3://ml/source.tar.gz",
       "SecurityConfig": {"KmsKeyId": "arn:aws:kms:us-east-1:000000000000:key/1234abcd"},
       "ModelLifeCycle": {"Stage": "Development", "StageStatus": "InProgress",
         "StageDescription": "first"},
       "SkipModelValidation": "All"}
      """.formatted(S3);

  private static RegistryServer server;
  private static RawClient client;

  @BeforeAll
  static void start() {
    server = RegistryServer.builder(new InMemoryRegistryStore())
        .port(0).stopGracePeriod(Duration.ZERO).start();
    client = new RawClient(server.endpoint());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  @DisplayName("every response of the sixteen operations carries every member the service model requires in its output")
  void everyResponseCarriesItsRequiredMembers() {
    List<String> requirements = ServiceModelRequirements.fromBotocore(OPERATIONS)
        .orElseGet(ServiceModelRequirements::checkedIn);
    Map<String, JsonNode> responses = scenario();

    assertThat(responses.keySet()).containsExactlyInAnyOrderElementsOf(OPERATIONS);
    List<String> missing = new ArrayList<>();
    responses.forEach((operation, response) ->
        missing.addAll(ServiceModelRequirements.missing(operation, response, requirements)));
    assertThat(missing).isEmpty();
    assertThat(responses.get("DescribeModelPackage").get("ModelPackageStatusDetails").toString())
        .isEqualTo("{\"ValidationStatuses\":[],\"ImageScanStatuses\":[]}");
  }

  @Test
  @DisplayName("the checked-in list of required output members is the installed botocore's, where botocore is installed")
  void checkedInListMatchesTheServiceModel() {
    ServiceModelRequirements.fromBotocore(OPERATIONS).ifPresent(fromBotocore ->
        assertThat(ServiceModelRequirements.checkedIn()).containsExactlyElementsOf(fromBotocore));
  }

  /** Calls each operation once, with members that make the responses as full as they get. */
  private static Map<String, JsonNode> scenario() {
    Map<String, JsonNode> responses = new LinkedHashMap<>();
    call(responses, "CreateModelPackageGroup", "{\"ModelPackageGroupName\": \"required\","
        + " \"ModelPackageGroupDescription\": \"d\", \"Tags\": [{\"Key\": \"team\", \"Value\": \"a\"}]}");
    call(responses, "CreateModelPackage", FULL_PACKAGE);
    call(responses, "UpdateModelPackage", "{\"ModelPackageArn\": \"" + ARN
        + "model-package/required/1\", \"ModelApprovalStatus\": \"Approved\","
        + " \"ApprovalDescription\": \"good\"}");
    call(responses, "DescribeModelPackageGroup", "{\"ModelPackageGroupName\": \"required\"}");
    call(responses, "ListModelPackageGroups", "{}");
    call(responses, "DescribeModelPackage", "{\"ModelPackageName\": \"required/1\"}");
    call(responses, "BatchDescribeModelPackage", "{\"ModelPackageArnList\": [\"" + ARN
        + "model-package/required/1\", \"" + ARN + "model-package/required/9\"]}");
    call(responses, "ListModelPackages", "{\"ModelPackageGroupName\": \"required\"}");
    String groupArn = ARN + "model-package-group/required";
    call(responses, "AddTags", "{\"ResourceArn\": \"" + groupArn
        + "\", \"Tags\": [{\"Key\": \"env\", \"Value\": \"dev\"}]}");
    call(responses, "ListTags", "{\"ResourceArn\": \"" + groupArn + "\"}");
    call(responses, "DeleteTags", "{\"ResourceArn\": \"" + groupArn + "\", \"TagKeys\": [\"env\"]}");
    call(responses, "PutModelPackageGroupPolicy", "{\"ModelPackageGroupName\": \"required\","
        + " \"ResourcePolicy\": \"{\\\"Version\\\": \\\"2012-10-17\\\", \\\"Statement\\\": []}\"}");
    call(responses, "GetModelPackageGroupPolicy", "{\"ModelPackageGroupName\": \"required\"}");
    call(responses, "DeleteModelPackageGroupPolicy", "{\"ModelPackageGroupName\": \"required\"}");
    call(responses, "DeleteModelPackage", "{\"ModelPackageName\": \"required/1\"}");
    call(responses, "DeleteModelPackageGroup", "{\"ModelPackageGroupName\": \"required\"}");
    return responses;
  }

  private static void call(Map<String, JsonNode> responses, String operation, String body) {
    RawClient.Response response = client.call(operation, body);
    assertThat(response.status()).as("%s: %s", operation, response.body()).isEqualTo(200);
    responses.put(operation, response.json());
  }
}
