package dev.reactiveai.openai.autoconfigure.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.autoconfigure.InvalidOpenAiPropertyException;
import dev.reactiveai.openai.autoconfigure.OpenAiAutoConfiguration;
import dev.reactiveai.openai.error.WebhookVerificationException;
import dev.reactiveai.openai.types.WebhookBatchCompleted;
import dev.reactiveai.openai.webhooks.OpenAiWebhooks;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OpenAiWebhooksAutoConfigurationTests {

	private static final byte[] KEY = "webhook-canary-key-3e8d1f".getBytes(StandardCharsets.UTF_8);

	private static final String ENCODED_KEY = Base64.getEncoder().encodeToString(KEY);

	private static final String SECRET = "whsec_" + ENCODED_KEY;

	private static final byte[] BODY = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"batch.completed\",\"data\":{\"id\":\"batch_1\"}}"
		.getBytes(StandardCharsets.UTF_8);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAiWebhooksAutoConfiguration.class));

	@Test
	void providesNoWebhooksWithoutASecret() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(OpenAiWebhooks.class));
	}

	@Test
	void providesWebhooksThatVerifyWithTheSecret() {
		this.contextRunner.withPropertyValues("openai.webhook-secret=" + SECRET).run((context) -> {
			assertThat(context).hasSingleBean(OpenAiWebhooks.class);
			long now = Instant.now().getEpochSecond();
			assertThat(context.getBean(OpenAiWebhooks.class).unwrap(BODY, signed("msg_1", now))).isInstanceOfSatisfying(
					WebhookBatchCompleted.class, (event) -> assertThat(event.data().id()).isEqualTo("batch_1"));
		});
	}

	@Test
	void bindsTheSecretFromTheEnvironmentVariable() {
		this.contextRunner
			.withInitializer(
					(context) -> context.getEnvironment()
						.getPropertySources()
						.addFirst(new SystemEnvironmentPropertySource(
								StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								Map.of("OPENAI_WEBHOOK_SECRET", SECRET))))
			.run((context) -> {
				long now = Instant.now().getEpochSecond();
				context.getBean(OpenAiWebhooks.class).verify(BODY, signed("msg_1", now));
			});
	}

	@Test
	void aSignatureThatMatchesNoneNamesTheProperty() {
		this.contextRunner.withPropertyValues("openai.webhook-secret=" + SECRET).run((context) -> {
			HttpHeaders headers = signed("msg_1", Instant.now().getEpochSecond());
			headers.set("webhook-id", "msg_other");
			assertThatExceptionOfType(WebhookVerificationException.class)
				.isThrownBy(() -> context.getBean(OpenAiWebhooks.class).verify(BODY, headers))
				.withMessageContaining("openai.webhook-secret (OPENAI_WEBHOOK_SECRET)");
		});
	}

	@Test
	void readsEventsWithTheMapperOfTheClient() {
		this.contextRunner.withPropertyValues("openai.webhook-secret=" + SECRET)
			.withConfiguration(AutoConfigurations.of(OpenAiAutoConfiguration.class))
			.run((context) -> {
				OpenAiWebhooks webhooks = context.getBean(OpenAiWebhooks.class);
				assertThat(ReflectionTestUtils.getField(webhooks, "mapper"))
					.isSameAs(context.getBean(OpenAiClient.class).jsonMapper());
				long now = Instant.now().getEpochSecond();
				assertThat(webhooks.unwrap(BODY, signed("msg_1", now))).isInstanceOf(WebhookBatchCompleted.class);
			});
	}

	@Test
	void coexistsWithTheClientAutoConfiguration() {
		this.contextRunner.withPropertyValues("openai.webhook-secret=" + SECRET)
			.withConfiguration(AutoConfigurations.of(OpenAiAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(OpenAiWebhooks.class));
	}

	@Test
	void backsOffWhenUserDefinesWebhooks() {
		this.contextRunner.withPropertyValues("openai.webhook-secret=" + SECRET)
			.withUserConfiguration(UserWebhooks.class)
			.run((context) -> assertThat(context.getBean(OpenAiWebhooks.class))
				.isSameAs(context.getBean(UserWebhooks.class).webhooks));
	}

	@Test
	void malformedSecretStopsStartupNamingThePropertyWithoutShowingIt() {
		String malformed = "whsec_webhook*canary*not-base64";
		this.contextRunner.withPropertyValues("openai.webhook-secret=" + malformed).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidOpenAiPropertyException.class, (ex) -> {
					assertThat(ex.getName()).isEqualTo("openai.webhook-secret");
					assertThat(ex.getValue()).isEqualTo("******");
					assertThat(ex.getAction()).contains("openai.webhook-secret");
					assertThat(ex).hasNoCause();
				});
			assertThat(context.getStartupFailure()).rootCause().message().doesNotContain("canary");
		});
	}

	private static HttpHeaders signed(String id, long timestamp) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("webhook-id", id);
		headers.set("webhook-timestamp", Long.toString(timestamp));
		headers.set("webhook-signature", "v1," + signature(id, timestamp));
		return headers;
	}

	private static String signature(String id, long timestamp) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(mac.doFinal(BODY));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class UserWebhooks {

		final OpenAiWebhooks webhooks = new OpenAiWebhooks(SECRET, Duration.ofMinutes(1),
				Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

		@Bean
		OpenAiWebhooks userWebhooks() {
			return this.webhooks;
		}

	}

}
