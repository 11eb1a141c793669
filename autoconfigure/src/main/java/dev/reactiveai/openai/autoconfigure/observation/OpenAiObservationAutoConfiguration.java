package dev.reactiveai.openai.autoconfigure.observation;

import dev.reactiveai.openai.observation.OpenAiMeterObservationHandler;
import dev.reactiveai.openai.observation.RealtimeMeterObservationHandler;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Records token usage, time to first chunk, retries and rate limits as meters, from the
 * observations every OpenAI client makes of its calls and of its realtime sessions'
 * responses when an {@code ObservationRegistry} is present (with Spring Boot's actuator,
 * it is). Boot registers the handler with the registry, as it does every
 * {@code ObservationHandler} bean.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ MeterRegistry.class, OpenAiMeterObservationHandler.class })
@ConditionalOnBean(MeterRegistry.class)
public final class OpenAiObservationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OpenAiMeterObservationHandler openAiMeterObservationHandler(MeterRegistry meterRegistry) {
		return new OpenAiMeterObservationHandler(meterRegistry);
	}

	@Bean
	@ConditionalOnMissingBean
	RealtimeMeterObservationHandler openAiRealtimeMeterObservationHandler(MeterRegistry meterRegistry) {
		return new RealtimeMeterObservationHandler(meterRegistry);
	}

}
