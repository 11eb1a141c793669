package dev.reactiveai.openai.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the OpenAI clients, bound to {@code openai}. The settings at this
 * level apply to every client; {@code openai.clients.<name>} adds named clients that
 * override any of them.
 */
@ConfigurationProperties("openai")
public class OpenAiProperties extends OpenAiConnectionProperties {

	/**
	 * Named clients, each overriding any setting of the default client; for example an
	 * OpenAI-compatible server, or another project and key. Their services are reached
	 * through the OpenAiClients bean.
	 */
	private Map<String, OpenAiConnectionProperties> clients = new LinkedHashMap<>();

	/**
	 * Signing secret of the webhook endpoint, 'whsec_...', to verify the webhooks that
	 * OpenAI sends with the OpenAiWebhooks bean.
	 */
	private @Nullable String webhookSecret;

	private final Health health = new Health();

	public Map<String, OpenAiConnectionProperties> getClients() {
		return this.clients;
	}

	public void setClients(Map<String, OpenAiConnectionProperties> clients) {
		this.clients = clients;
	}

	public @Nullable String getWebhookSecret() {
		return this.webhookSecret;
	}

	public void setWebhookSecret(@Nullable String webhookSecret) {
		this.webhookSecret = webhookSecret;
	}

	public Health getHealth() {
		return this.health;
	}

	/**
	 * Settings of the health indicators.
	 */
	public static class Health {

		/**
		 * Time allowed for the health probe, which lists the models.
		 */
		private Duration timeout = Duration.ofSeconds(10);

		/**
		 * How long a probe's result is reused, so that frequent health checks do not call
		 * the API each time.
		 */
		private Duration cacheTimeToLive = Duration.ofSeconds(60);

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public Duration getCacheTimeToLive() {
			return this.cacheTimeToLive;
		}

		public void setCacheTimeToLive(Duration cacheTimeToLive) {
			this.cacheTimeToLive = cacheTimeToLive;
		}

	}

}
