package dev.reactiveai.openai.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAiSanitizingAutoConfigurationTests {

	private static final String CANARY = "sk-canary-9d8e7f6a5b4c";

	private static final String ADMIN_CANARY = "sk-admin-canary-1a2b3c4d";

	private static final String ENV_CANARY = "sk-env-canary-0f0e0d0c";

	private static final String WEBHOOK_CANARY = "whsec_d2ViaG9vay1jYW5hcnktNWE0YjNj";

	private static final String ENV_WEBHOOK_CANARY = "whsec_ZW52LXdlYmhvb2stY2FuYXJ5LTdlNmQ=";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, OpenAiAutoConfiguration.class,
				OpenAiSanitizingAutoConfiguration.class, ConfigurationPropertiesReportEndpointAutoConfiguration.class,
				EnvironmentEndpointAutoConfiguration.class))
		.withPropertyValues("management.endpoint.configprops.show-values=always",
				"management.endpoint.env.show-values=always", "management.endpoints.web.exposure.include=*",
				"openai.api-key=" + CANARY, "openai.admin-api-key=" + ADMIN_CANARY,
				"openai.clients.second.api-key=" + CANARY, "openai.webhook-secret=" + WEBHOOK_CANARY,
				"openai.organization=org-visible")
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("OPENAI_API_KEY", ENV_CANARY, "OPENAI_WEBHOOK_SECRET", ENV_WEBHOOK_CANARY))));

	private static final String PASSWORD_CANARY = "pw-canary-8b7a6c5d";

	private final JsonMapper json = new JsonMapper();

	@Test
	void configpropsAndEnvNeverShowThePasswordOfABaseUrlOrProxy() {
		this.contextRunner
			.withPropertyValues("openai.base-url=https://user:" + PASSWORD_CANARY + "@gateway.example/v1",
					"openai.clients.second.proxy=http://proxy-user:" + PASSWORD_CANARY + "@proxy.example:3128",
					"openai.clients.third.base-url=https://visible.example/v1")
			.run((context) -> {
				String configprops = this.json.writeValueAsString(
						context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());
				String env = this.json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
				assertThat(configprops + env).doesNotContain(PASSWORD_CANARY).contains("https://visible.example/v1");
			});
	}

	@Test
	void configpropsNeverShowsKeysNorTheWebhookSecretEvenWhenShowingValues() {
		this.contextRunner.run((context) -> {
			String report = this.json.writeValueAsString(
					context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());
			assertThat(report).contains("org-visible")
				.doesNotContain(CANARY, ADMIN_CANARY, ENV_CANARY, WEBHOOK_CANARY, ENV_WEBHOOK_CANARY);
		});
	}

	@Test
	void envNeverShowsKeysNorTheWebhookSecretsEvenWhenShowingValues() {
		this.contextRunner.run((context) -> {
			String report = this.json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
			assertThat(report).contains("org-visible")
				.doesNotContain(CANARY, ADMIN_CANARY, ENV_CANARY, WEBHOOK_CANARY, ENV_WEBHOOK_CANARY);
		});
	}

}
