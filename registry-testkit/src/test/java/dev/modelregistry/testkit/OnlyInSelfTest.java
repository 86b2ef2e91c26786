package dev.modelregistry.testkit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the deliberately broken kits of {@link KitCatchesBrokenStoresTest} from running on their
 * own: a Surefire filter such as {@code -Dtest='*Kit*'} selects member classes too, and a broken
 * kit is meant to fail. They run only when the self-test's launcher sets {@link #KEY}.
 */
final class OnlyInSelfTest implements ExecutionCondition {
  static final String KEY = "modelregistry.testkit.selftest";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return context.getConfigurationParameter(KEY).filter("true"::equals).isPresent()
        ? ConditionEvaluationResult.enabled("launched by the kit's self-test")
        : ConditionEvaluationResult.disabled(
            "a deliberately broken store: run only by KitCatchesBrokenStoresTest");
  }
}
