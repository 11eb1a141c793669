package dev.reactiveai.openai.simulator.test;

import dev.reactiveai.openai.simulator.OpenAiSimulator;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Resets the {@link OpenAiSimulator} beans after each test method, so that the tests that
 * share a cached application context do not see each other's resources, requests,
 * scripted answers or faults.
 */
public class OpenAiSimulatorResetTestExecutionListener extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		// After the listeners that may still use the simulator while a test ends.
		return LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			ApplicationContext context = testContext.getApplicationContext();
			context.getBeanProvider(OpenAiSimulator.class).forEach(OpenAiSimulator::reset);
		}
	}

}
