package dev.reactiveai.openai.autoconfigure.webhooks;

import java.time.Clock;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.autoconfigure.InvalidOpenAiPropertyException;
import dev.reactiveai.openai.autoconfigure.OpenAiAutoConfiguration;
import dev.reactiveai.openai.autoconfigure.OpenAiProperties;
import dev.reactiveai.openai.error.OpenAiConfigurationException;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.webhooks.OpenAiWebhooks;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of {@link OpenAiWebhooks}, which verifies the webhooks that OpenAI
 * sends, when {@code openai.webhook-secret} is set. It needs no API key.
 */
@AutoConfiguration(after = OpenAiAutoConfiguration.class)
@ConditionalOnClass(OpenAiWebhooks.class)
@ConditionalOnProperty("openai.webhook-secret")
@EnableConfigurationProperties(OpenAiProperties.class)
public final class OpenAiWebhooksAutoConfiguration {

	static final String WEBHOOK_SECRET = "openai.webhook-secret";

	@Bean
	@ConditionalOnMissingBean
	OpenAiWebhooks openAiWebhooks(OpenAiProperties properties, ObjectProvider<OpenAiClient> client) {
		String secret = properties.getWebhookSecret();
		// The mapper the client reads the API's JSON with, when there is a client.
		OpenAiClient openAiClient = client.getIfAvailable();
		JsonMapper mapper = (openAiClient != null) ? openAiClient.jsonMapper() : OpenAiJson.mapper();
		try {
			return new OpenAiWebhooks((secret != null) ? secret : "", OpenAiWebhooks.DEFAULT_TOLERANCE,
					Clock.systemUTC(), mapper, WEBHOOK_SECRET + " (OPENAI_WEBHOOK_SECRET)");
		}
		catch (OpenAiConfigurationException ex) {
			// Neither the value nor the exception, whose message could be echoed: the
			// secret stays out of the failure analysis.
			throw new InvalidOpenAiPropertyException(WEBHOOK_SECRET, "******",
					"it is empty, or not base64 after 'whsec_'",
					"Copy the signing secret of the webhook endpoint from the OpenAI dashboard into " + WEBHOOK_SECRET
							+ " (or the OPENAI_WEBHOOK_SECRET environment variable)");
		}
	}

}
