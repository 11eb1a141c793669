package dev.reactiveai.openai.autoconfigure;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.OpenAiServices;
import dev.reactiveai.openai.chat.ChatService;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.RetryOptions;
import dev.reactiveai.openai.core.TimeoutOptions;
import dev.reactiveai.openai.error.OpenAiConfigurationException;
import dev.reactiveai.openai.models.ModelsService;
import dev.reactiveai.openai.realtime.websocket.RealtimeConnector;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAiAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ReactiveHttpClientAutoConfiguration.class,
				WebClientAutoConfiguration.class, OpenAiAutoConfiguration.class))
		.withPropertyValues("spring.reactor.netty.shutdown-quiet-period=0s");

	private MockWebServer server;

	@BeforeEach
	void startServer() throws IOException {
		this.server = new MockWebServer();
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void providesClientRegistryAndOneBeanPerService() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(OpenAiClients.class).hasSingleBean(OpenAiClient.class);
			OpenAiClient client = context.getBean(OpenAiClient.class);
			assertThat(context.getBean(OpenAiClients.class).getDefault()).isSameAs(client);
			List<Method> groups = Arrays.stream(OpenAiServices.class.getDeclaredMethods())
				.filter((method) -> Modifier.isPublic(method.getModifiers()) && method.getParameterCount() == 0)
				.toList();
			assertThat(groups).hasSizeGreaterThanOrEqualTo(24);
			for (Method group : groups) {
				assertThat(context).hasSingleBean(group.getReturnType());
				assertThat(context.getBean(group.getReturnType())).isSameAs(group.invoke(client));
			}
		});
	}

	@Test
	void providesARealtimeConnectorOfTheDefaultClient() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(RealtimeConnector.class);
			assertThat(context.getBean(RealtimeConnector.class))
				.isSameAs(context.getBean(OpenAiClient.class).realtimeConnector());
		});
	}

	@Test
	void backsOffWhenUserDefinesClient() {
		this.contextRunner.withUserConfiguration(UserClientConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(OpenAiClient.class);
			OpenAiClient client = context.getBean(OpenAiClient.class);
			assertThat(client.options().name()).isEqualTo("mine");
			assertThat(context.getBean(ChatService.class)).isSameAs(client.chat());
		});
	}

	@Test
	void backsOffWhenUserDefinesService() {
		this.contextRunner.withUserConfiguration(UserServiceConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ChatService.class);
			assertThat(context.getBean(ChatService.class))
				.isSameAs(context.getBean(UserServiceConfiguration.class).chatService);
		});
	}

	@Test
	void appliesLibraryDefaultsWhenNothingIsSet() {
		this.contextRunner.run((context) -> {
			OpenAiClientOptions options = context.getBean(OpenAiClient.class).options();
			assertThat(options.baseUrl()).isEqualTo(OpenAiClientOptions.DEFAULT_BASE_URL);
			assertThat(options.apiKey()).isNull();
			assertThat(options.retries().maxRetries()).isEqualTo(RetryOptions.DEFAULT_MAX_RETRIES);
			assertThat(options.timeouts().timeout()).isEqualTo(TimeoutOptions.DEFAULT_TIMEOUT);
		});
	}

	@Test
	void bindsEveryProperty() {
		this.contextRunner
			.withPropertyValues("openai.api-key=sk-test", "openai.admin-api-key=sk-admin-test",
					"openai.base-url=https://example.test/v2/", "openai.organization=org-1", "openai.project=proj-1",
					"openai.headers.X-Team=blue", "openai.connect-timeout=3s", "openai.timeout=45s",
					"openai.read-timeout=20s", "openai.download-timeout=90m", "openai.max-retries=5",
					"openai.initial-retry-delay=100ms", "openai.max-retry-delay=2s", "openai.max-retry-after=15s",
					"openai.max-in-memory-size=8MB", "openai.max-idle-time=12s", "openai.proxy=http://proxy.test:3128",
					"openai.http2=true", "openai.keep-alive=false")
			.run((context) -> {
				OpenAiClientOptions options = context.getBean(OpenAiClient.class).options();
				assertThat(options.apiKey()).isEqualTo("sk-test");
				assertThat(options.adminApiKey()).isEqualTo("sk-admin-test");
				assertThat(options.baseUrl()).isEqualTo(URI.create("https://example.test/v2"));
				assertThat(options.organization()).isEqualTo("org-1");
				assertThat(options.project()).isEqualTo("proj-1");
				assertThat(options.headers()).containsExactly(Map.entry("X-Team", "blue"));
				assertThat(options.timeouts().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(options.timeouts().timeout()).isEqualTo(Duration.ofSeconds(45));
				assertThat(options.timeouts().readTimeout()).isEqualTo(Duration.ofSeconds(20));
				assertThat(options.timeouts().downloadTimeout()).isEqualTo(Duration.ofMinutes(90));
				assertThat(options.retries().maxRetries()).isEqualTo(5);
				assertThat(options.retries().initialRetryDelay()).isEqualTo(Duration.ofMillis(100));
				assertThat(options.retries().maxRetryDelay()).isEqualTo(Duration.ofSeconds(2));
				assertThat(options.retries().maxRetryAfter()).isEqualTo(Duration.ofSeconds(15));
				assertThat(options.memory().maxInMemorySize()).isEqualTo(DataSize.ofMegabytes(8));
				assertThat(options.connection().maxIdleTime()).isEqualTo(Duration.ofSeconds(12));
				assertThat(options.connection().proxy()).isEqualTo(URI.create("http://proxy.test:3128"));
				assertThat(options.connection().http2()).isTrue();
				assertThat(options.connection().keepAlive()).isFalse();
			});
	}

	@Test
	void bindsApiKeyAndBaseUrlFromEnvironmentVariables() {
		this.contextRunner
			.withInitializer(
					(context) -> context.getEnvironment()
						.getPropertySources()
						.addFirst(new SystemEnvironmentPropertySource(
								StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								Map.of("OPENAI_API_KEY", "sk-from-env", "OPENAI_BASE_URL",
										"https://env.example.test/v1", "OPENAI_ADMIN_API_KEY", "sk-admin-from-env"))))
			.run((context) -> {
				OpenAiClientOptions options = context.getBean(OpenAiClient.class).options();
				assertThat(options.apiKey()).isEqualTo("sk-from-env");
				assertThat(options.adminApiKey()).isEqualTo("sk-admin-from-env");
				assertThat(options.baseUrl()).isEqualTo(URI.create("https://env.example.test/v1"));
			});
	}

	@Test
	void namedClientOverridesOnlyWhatItSets() {
		this.contextRunner
			.withPropertyValues("openai.api-key=sk-default", "openai.timeout=30s", "openai.max-retries=4",
					"openai.headers.X-Team=blue", "openai.clients.local.base-url=http://localhost:11434/v1",
					"openai.clients.local.max-retries=0", "openai.clients.local.headers.X-Extra=yes",
					"openai.clients.local.download-timeout=5m")
			.run((context) -> {
				OpenAiClients clients = context.getBean(OpenAiClients.class);
				assertThat(clients.names()).containsExactly("default", "local");
				OpenAiClientOptions local = clients.get("local").options();
				assertThat(local.name()).isEqualTo("local");
				assertThat(local.baseUrl()).isEqualTo(URI.create("http://localhost:11434/v1"));
				assertThat(local.retries().maxRetries()).isZero();
				assertThat(local.timeouts().downloadTimeout()).isEqualTo(Duration.ofMinutes(5));
				assertThat(local.apiKey()).isEqualTo("sk-default");
				assertThat(local.timeouts().timeout()).isEqualTo(Duration.ofSeconds(30));
				assertThat(local.headers()).containsEntry("X-Team", "blue").containsEntry("X-Extra", "yes");
				OpenAiClientOptions defaults = clients.getDefault().options();
				assertThat(defaults.retries().maxRetries()).isEqualTo(4);
				assertThat(defaults.timeouts().downloadTimeout()).isEqualTo(TimeoutOptions.DEFAULT_DOWNLOAD_TIMEOUT);
				assertThat(defaults.baseUrl()).isEqualTo(OpenAiClientOptions.DEFAULT_BASE_URL);
				assertThat(context.getBean(OpenAiClient.class)).isSameAs(clients.getDefault());
			});
	}

	@Test
	void connectionDetailsSetTheBaseUrlAndKeysOfEveryClient() {
		this.contextRunner.withBean(OpenAiConnectionDetails.class, () -> new OpenAiConnectionDetails() {

			@Override
			public String getBaseUrl() {
				return "http://127.0.0.1:9/v1";
			}

			@Override
			public String getApiKey() {
				return "sk-from-details";
			}

		})
			.withPropertyValues("openai.base-url=https://example.com/v1", "openai.api-key=sk-from-properties",
					"openai.max-retries=5", "openai.clients.other.base-url=https://other.example.com/v1")
			.run((context) -> {
				OpenAiClients clients = context.getBean(OpenAiClients.class);
				for (String name : List.of(OpenAiClients.DEFAULT, "other")) {
					OpenAiClientOptions options = clients.get(name).options();
					assertThat(options.baseUrl()).hasToString("http://127.0.0.1:9/v1");
					assertThat(options.apiKey()).isEqualTo("sk-from-details");
					assertThat(options.retries().maxRetries()).isEqualTo(5);
				}
			});
	}

	@Test
	void namedClientSetToTheDefaultValueStillOverrides() {
		this.contextRunner.withPropertyValues("openai.max-retries=5", "openai.clients.second.max-retries=2")
			.run((context) -> assertThat(
					context.getBean(OpenAiClients.class).get("second").options().retries().maxRetries())
				.isEqualTo(2));
	}

	@Test
	void namedClientCalledDefaultIsRejected() {
		this.contextRunner.withPropertyValues("openai.clients.default.api-key=sk-x").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("openai.clients.default");
		});
	}

	@Test
	void unknownNamedClientNamesTheConfiguredOnes() {
		this.contextRunner.withPropertyValues("openai.clients.azure.api-key=sk-x").run((context) -> {
			OpenAiClients clients = context.getBean(OpenAiClients.class);
			org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
				.isThrownBy(() -> clients.get("azur"))
				.withMessageContaining("openai.clients.azur")
				.withMessageContaining("[default, azure]");
		});
	}

	@Test
	void malformedBaseUrlStopsStartupNamingTheProperty() {
		this.contextRunner.withPropertyValues("openai.base-url=api.openai.com/v1").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("openai.base-url");
			InvalidConfigurationPropertyValueException failure = (InvalidConfigurationPropertyValueException) rootCause(
					context.getStartupFailure());
			assertThat(failure.getName()).isEqualTo("openai.base-url");
			assertThat(failure.getReason()).contains("https://");
			assertThat(((InvalidOpenAiPropertyException) failure).getAction()).contains("Set openai.base-url");
		});
	}

	@Test
	void malformedNamedClientBaseUrlNamesTheClientProperty() {
		this.contextRunner.withPropertyValues("openai.clients.local.base-url=localhost:8080").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(((InvalidConfigurationPropertyValueException) rootCause(context.getStartupFailure())).getName())
				.isEqualTo("openai.clients.local.base-url");
		});
	}

	@Test
	void plainHttpToRemoteHostStopsStartupUnlessAllowed() {
		this.contextRunner.withPropertyValues("openai.base-url=http://api.example.test/v1").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(rootCause(context.getStartupFailure())).isInstanceOfSatisfying(
					InvalidOpenAiPropertyException.class,
					(failure) -> assertThat(failure.getAction()).contains("openai.allow-insecure-http=true"));
		});
		this.contextRunner
			.withPropertyValues("openai.base-url=http://api.example.test/v1", "openai.allow-insecure-http=true")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void missingApiKeyDoesNotStopStartupButFailsTheFirstCall() {
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl()).run((context) -> {
			assertThat(context).hasNotFailed();
			StepVerifier.create(context.getBean(ModelsService.class).retrieve("gpt-4o"))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiConfigurationException.class)
					.hasMessageContaining("openai.api-key")
					.hasMessageContaining("OPENAI_API_KEY"))
				.verify(TIMEOUT);
			assertThat(this.server.getRequestCount()).isZero();
		});
	}

	@Test
	void callsGoThroughBootsWebClientBuilderAndTheOpenAiCustomizers() {
		this.server.enqueue(new MockResponse.Builder().body("{\"id\":\"gpt-4o\",\"object\":\"model\"}")
			.setHeader("Content-Type", "application/json")
			.build());
		this.contextRunner.withUserConfiguration(CustomizerConfiguration.class)
			.withPropertyValues("openai.api-key=sk-test", "openai.base-url=" + baseUrl())
			.run((context) -> {
				StepVerifier.create(context.getBean(ModelsService.class).retrieve("gpt-4o"))
					.expectNextMatches((model) -> model.id().equals("gpt-4o"))
					.expectComplete()
					.verify(TIMEOUT);
				RecordedRequest request = this.server.takeRequest();
				assertThat(request.getHeaders().get("X-Boot-Customizer")).isEqualTo("applied");
				assertThat(request.getHeaders().get("X-OpenAI-Customizer")).isEqualTo("default");
				assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk-test");
			});
	}

	private String baseUrl() {
		return this.server.url("/v1").toString();
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientConfiguration {

		@Bean
		OpenAiClient myOpenAiClient() {
			return OpenAiClient.builder().options(OpenAiClientOptions.builder().name("mine").build()).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserServiceConfiguration {

		final ChatService chatService = OpenAiClient.builder().build().chat();

		@Bean
		ChatService myChatService() {
			return this.chatService;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		WebClientCustomizer bootCustomizer() {
			return (builder) -> builder.defaultHeader("X-Boot-Customizer", "applied");
		}

		@Bean
		OpenAiWebClientCustomizer openAiCustomizer() {
			return (name, builder) -> builder.defaultHeader("X-OpenAI-Customizer", name);
		}

	}

}
