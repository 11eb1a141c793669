package dev.reactiveai.openai.autoconfigure.health;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.autoconfigure.OpenAiAutoConfiguration;
import dev.reactiveai.openai.autoconfigure.OpenAiClients;
import dev.reactiveai.openai.autoconfigure.OpenAiProperties;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.CompositeReactiveHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of a health indicator per OpenAI client: one indicator named
 * {@code openai} for the default client alone, a composite keyed by client name when
 * named clients are configured.
 */
@AutoConfiguration(after = OpenAiAutoConfiguration.class)
@ConditionalOnClass({ ReactiveHealthContributor.class, OpenAiClient.class })
@ConditionalOnBean(OpenAiClients.class)
@ConditionalOnEnabledHealthIndicator("openai")
public final class OpenAiHealthContributorAutoConfiguration
		extends CompositeReactiveHealthContributorConfiguration<OpenAiHealthIndicator, OpenAiClient> {

	OpenAiHealthContributorAutoConfiguration(OpenAiProperties properties) {
		super((client) -> new OpenAiHealthIndicator(client, properties.getHealth().getTimeout(),
				properties.getHealth().getCacheTimeToLive()));
	}

	@Bean
	@ConditionalOnMissingBean(name = { "openaiHealthIndicator", "openaiHealthContributor" })
	ReactiveHealthContributor openaiHealthContributor(OpenAiClients clients) {
		return createContributor(clients.asMap());
	}

}
