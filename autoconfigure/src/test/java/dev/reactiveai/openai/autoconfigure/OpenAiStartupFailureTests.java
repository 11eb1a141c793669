package dev.reactiveai.openai.autoconfigure;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.autoconfigure.health.OpenAiHealthContributorAutoConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starts a real {@link SpringApplication} and checks what a user sees when the OpenAI
 * settings stop it: Spring Boot's failure analysis, naming the property and the fix.
 */
@ExtendWith(OutputCaptureExtension.class)
class OpenAiStartupFailureTests {

	@Test
	void malformedBaseUrlFailsStartupWithAnAnalysisNamingThePropertyAndTheFix(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--openai.base-url=api.openai.com/v1"))
			.havingRootCause()
			.isInstanceOf(InvalidConfigurationPropertyValueException.class);
		String description = section(output, "Description:", "Action:");
		assertThat(description)
			.contains("Invalid value 'api.openai.com/v1' for configuration property 'openai.base-url'")
			.contains("it must be an absolute URL starting with https://");
		assertThat(section(output, "Action:", null))
			.contains("Set openai.base-url to an absolute URL such as https://api.openai.com/v1");
	}

	@Test
	void plainHttpToRemoteHostFailsStartupWithAnAnalysisNamingTheNamedClientPropertyAndTheFix(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--openai.clients.local.base-url=http://10.1.2.3/v1"))
			.havingRootCause()
			.isInstanceOf(InvalidConfigurationPropertyValueException.class);
		String description = section(output, "Description:", "Action:");
		assertThat(description)
			.contains("Invalid value 'http://10.1.2.3/v1' for configuration property 'openai.clients.local.base-url'")
			.contains("plain http would send the API key unencrypted to a remote host");
		assertThat(section(output, "Action:", null)).contains("Use https")
			.contains("set openai.clients.local.allow-insecure-http=true");
	}

	@Test
	void theAnalysisOfAnUnusableBaseUrlShowsNoPassword(CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> run("--openai.clients.local.base-url=http://user:pw-canary-71d2@10.1.2.3/v1"))
			.havingRootCause()
			.isInstanceOf(InvalidConfigurationPropertyValueException.class)
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("pw-canary-71d2"));
		assertThat(output.getAll()).doesNotContain("pw-canary-71d2");
		assertThat(section(output, "Description:", "Action:")).contains("'http://user:****@10.1.2.3/v1'");
	}

	@Test
	void missingApiKeyDoesNotStopStartup() {
		try (ConfigurableApplicationContext context = run()) {
			assertThat(context.isRunning()).isTrue();
			assertThat(context.getBean(OpenAiClient.class).options().apiKey()).isNull();
		}
	}

	private static ConfigurableApplicationContext run(String... args) {
		SpringApplication application = new SpringApplication(OpenAiApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setRegisterShutdownHook(false);
		// Without the machine's environment variables: an OPENAI_API_KEY or
		// OPENAI_BASE_URL there must not change the outcome.
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		application.setEnvironment(environment);
		return application.run(args);
	}

	/**
	 * The text of the printed failure analysis between a heading and the next one (or the
	 * end).
	 */
	private static String section(CapturedOutput output, String heading, @Nullable String next) {
		String all = output.getAll();
		int analysis = all.indexOf("APPLICATION FAILED TO START");
		assertThat(analysis).as("failure analysis in the output:%n%s", all).isNotNegative();
		int start = all.indexOf(heading, analysis);
		assertThat(start).as("'%s' in the failure analysis:%n%s", heading, all).isNotNegative();
		start += heading.length();
		if (next == null) {
			return all.substring(start);
		}
		int end = all.indexOf(next, start);
		assertThat(end).as("'%s' in the failure analysis:%n%s", next, all).isNotNegative();
		return all.substring(start, end);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ WebClientAutoConfiguration.class, OpenAiAutoConfiguration.class,
			OpenAiHealthContributorAutoConfiguration.class })
	static class OpenAiApplication {

	}

}
