package dev.earmark.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A test class that tells a story: its {@link Order @Order} methods are steps, each building on what the
 * steps before left behind (a page, a signed-in browser, data), so they run in that order; once a step
 * fails, the later steps are skipped, as they could only fail for the same reason. Methods without
 * {@code @Order} stand on their own: they run after the story, whatever became of it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(Story.StopAtFailedStep.class)
public @interface Story {

    /** Remembers the failed step in the test class's store and skips the steps after it. */
    final class StopAtFailedStep implements TestWatcher, ExecutionCondition {

        private static final ExtensionContext.Namespace STORY = ExtensionContext.Namespace.create(Story.class);
        private static final String FAILED_STEP = "failed step";

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (isStep(context)) {
                context.getParent().orElseThrow().getStore(STORY).put(FAILED_STEP, context.getDisplayName());
            }
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String failed = context.getStore(STORY).get(FAILED_STEP, String.class);
            if (failed != null && isStep(context)) {
                return ConditionEvaluationResult.disabled("an earlier step failed: " + failed);
            }
            return ConditionEvaluationResult.enabled("no step failed before");
        }

        private static boolean isStep(ExtensionContext context) {
            return context.getTestMethod().filter(method -> AnnotationSupport.isAnnotated(method, Order.class)).isPresent();
        }
    }
}
