package dev.reactiveai.openai.simulator.test;

import java.util.function.Consumer;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.Authentication;
import dev.reactiveai.openai.core.AzureOptions;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.OpenAiClientOptionsBuilder;
import dev.reactiveai.openai.simulator.OpenAiSimulator;
import dev.reactiveai.openai.simulator.SimulatorMode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs an {@link OpenAiSimulator} for the tests of a class, without Spring: started
 * before the first test, reset after each, stopped after the last. <pre class="code">
 * &#64;RegisterExtension
 * static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();
 *
 * &#64;Test
 * void answers() {
 *     StepVerifier.create(simulator.client().models().list())...
 * }
 * </pre> Test methods may also declare an {@link OpenAiSimulator} or an
 * {@link OpenAiClient} parameter.
 */
public class OpenAiSimulatorExtension
		implements BeforeAllCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

	/** The key the client sends; the simulator accepts any. */
	public static final String API_KEY = "sk-simulator";

	/**
	 * The deployment that the client's model operations go to in
	 * {@link SimulatorMode#AZURE Azure mode}.
	 */
	public static final String AZURE_DEPLOYMENT = "gpt-4o-mini";

	private final OpenAiSimulator.Builder builder;

	private final Consumer<OpenAiClientOptionsBuilder> clientOptions;

	private @Nullable OpenAiSimulator simulator;

	private @Nullable OpenAiClient client;

	/**
	 * A simulator with unpaced streams and no latency, and a client with the library's
	 * defaults.
	 */
	public OpenAiSimulatorExtension() {
		this(OpenAiSimulator.builder(), (options) -> {
		});
	}

	/**
	 * A simulator and a client configured by the caller. The client's options are set for
	 * the simulator's {@linkplain OpenAiSimulator.Builder#mode mode} before the caller
	 * customizes them: its base URL, and {@link #API_KEY} (OpenAI), {@link #API_KEY} with
	 * deployment {@link #AZURE_DEPLOYMENT} and {@link AzureOptions#DEFAULT_API_VERSION}
	 * (Azure), or no authentication (keyless). <pre class="code">
	 * &#64;RegisterExtension
	 * static final OpenAiSimulatorExtension azure = new OpenAiSimulatorExtension(
	 *         OpenAiSimulator.builder().mode(SimulatorMode.AZURE), (options) -&gt; {});
	 * </pre>
	 * @param builder the simulator's settings
	 * @param clientOptions customizes the client's options
	 */
	public OpenAiSimulatorExtension(OpenAiSimulator.Builder builder,
			Consumer<OpenAiClientOptionsBuilder> clientOptions) {
		this.builder = builder;
		this.clientOptions = clientOptions;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.simulator = this.builder.start();
		OpenAiClientOptionsBuilder options = OpenAiClientOptions.builder().baseUrl(this.simulator.baseUrl());
		switch (this.simulator.mode()) {
			case AZURE -> options.apiKey(API_KEY)
				.azure(AzureOptions.deployments(AZURE_DEPLOYMENT, AzureOptions.DEFAULT_API_VERSION));
			case KEYLESS -> options.authentication(Authentication.none());
			default -> options.apiKey(API_KEY);
		}
		this.clientOptions.accept(options);
		this.client = OpenAiClient.builder().options(options.build()).build();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		simulator().reset();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.client != null) {
			this.client.close();
			this.client = null;
		}
		if (this.simulator != null) {
			this.simulator.close();
			this.simulator = null;
		}
	}

	/**
	 * The running simulator.
	 * @return the simulator
	 */
	public OpenAiSimulator simulator() {
		if (this.simulator == null) {
			throw new IllegalStateException("The simulator runs only while the test class runs: register the "
					+ "extension in a static field annotated with @RegisterExtension");
		}
		return this.simulator;
	}

	/**
	 * A client of the running simulator.
	 * @return the client
	 */
	public OpenAiClient client() {
		simulator();
		return this.client;
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == OpenAiSimulator.class || type == OpenAiClient.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return (parameterContext.getParameter().getType() == OpenAiSimulator.class) ? simulator() : client();
	}

}
