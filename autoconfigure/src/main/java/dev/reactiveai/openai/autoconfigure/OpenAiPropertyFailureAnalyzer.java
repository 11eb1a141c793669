package dev.reactiveai.openai.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Explains a start-up that failed on an unusable {@code openai.*} property: which
 * property, what is wrong with its value, and how to fix it. Ordered before Spring Boot's
 * generic analyzer of invalid properties, whose action only says to review the value.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class OpenAiPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidOpenAiPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidOpenAiPropertyException cause) {
		String description = "Invalid value '" + cause.getValue() + "' for configuration property '" + cause.getName()
				+ "': " + cause.getReason() + ".";
		return new FailureAnalysis(description, cause.getAction(), cause);
	}

}
