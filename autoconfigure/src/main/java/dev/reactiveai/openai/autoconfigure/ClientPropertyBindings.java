package dev.reactiveai.openai.autoconfigure;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

import dev.reactiveai.openai.core.ClientSetting;
import dev.reactiveai.openai.core.InvalidBaseUrlException;
import dev.reactiveai.openai.core.InvalidOptionException;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.OpenAiClientOptionsBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Which property of {@link OpenAiConnectionProperties} sets which {@link ClientSetting}:
 * the property is the setting's option name in kebab case ({@code readTimeout} is
 * {@code read-timeout}), under {@code openai.} or {@code openai.clients.<name>.}.
 */
final class ClientPropertyBindings {

	private static final List<Binding<?>> BINDINGS = List.of(
			bind(ClientSetting.API_KEY, OpenAiConnectionProperties::getApiKey, OpenAiClientOptionsBuilder::apiKey),
			bind(ClientSetting.ADMIN_API_KEY, OpenAiConnectionProperties::getAdminApiKey,
					OpenAiClientOptionsBuilder::adminApiKey),
			bind(ClientSetting.ORGANIZATION, OpenAiConnectionProperties::getOrganization,
					OpenAiClientOptionsBuilder::organization),
			bind(ClientSetting.PROJECT, OpenAiConnectionProperties::getProject, OpenAiClientOptionsBuilder::project),
			bind(ClientSetting.HEADERS,
					(properties) -> properties.getHeaders().isEmpty() ? null : properties.getHeaders(),
					OpenAiClientOptionsBuilder::headers),
			bind(ClientSetting.CONNECT_TIMEOUT, OpenAiConnectionProperties::getConnectTimeout,
					(builder, value) -> builder.timeouts((timeouts) -> timeouts.withConnectTimeout(value))),
			bind(ClientSetting.TIMEOUT, OpenAiConnectionProperties::getTimeout,
					(builder, value) -> builder.timeouts((timeouts) -> timeouts.withTimeout(value))),
			bind(ClientSetting.READ_TIMEOUT, OpenAiConnectionProperties::getReadTimeout,
					(builder, value) -> builder.timeouts((timeouts) -> timeouts.withReadTimeout(value))),
			bind(ClientSetting.DOWNLOAD_TIMEOUT, OpenAiConnectionProperties::getDownloadTimeout,
					(builder, value) -> builder.timeouts((timeouts) -> timeouts.withDownloadTimeout(value))),
			bind(ClientSetting.MAX_RETRIES, OpenAiConnectionProperties::getMaxRetries,
					(builder, value) -> builder.retries((retries) -> retries.withMaxRetries(value))),
			bind(ClientSetting.INITIAL_RETRY_DELAY, OpenAiConnectionProperties::getInitialRetryDelay,
					(builder, value) -> builder.retries((retries) -> retries.withInitialRetryDelay(value))),
			bind(ClientSetting.MAX_RETRY_DELAY, OpenAiConnectionProperties::getMaxRetryDelay,
					(builder, value) -> builder.retries((retries) -> retries.withMaxRetryDelay(value))),
			bind(ClientSetting.MAX_RETRY_AFTER, OpenAiConnectionProperties::getMaxRetryAfter,
					(builder, value) -> builder.retries((retries) -> retries.withMaxRetryAfter(value))),
			bind(ClientSetting.MAX_IN_MEMORY_SIZE, OpenAiConnectionProperties::getMaxInMemorySize,
					(builder, value) -> builder.memory((memory) -> memory.withMaxInMemorySize(value))),
			bind(ClientSetting.MAX_IN_MEMORY_TOTAL, OpenAiConnectionProperties::getMaxInMemoryTotal,
					(builder, value) -> builder.memory((memory) -> memory.withMaxInMemoryTotal(value))),
			bind(ClientSetting.MAX_IDLE_TIME, OpenAiConnectionProperties::getMaxIdleTime,
					(builder, value) -> builder.connection((connection) -> connection.withMaxIdleTime(value))),
			bind(ClientSetting.PROXY, OpenAiConnectionProperties::getProxy,
					(builder, value) -> builder.connection((connection) -> connection.withProxy(value))),
			bind(ClientSetting.ALLOW_INSECURE_HTTP, OpenAiConnectionProperties::getAllowInsecureHttp,
					(builder, value) -> builder.connection((connection) -> connection.withAllowInsecureHttp(value))),
			bind(ClientSetting.HTTP2, OpenAiConnectionProperties::getHttp2,
					(builder, value) -> builder.connection((connection) -> connection.withHttp2(value))),
			bind(ClientSetting.KEEP_ALIVE, OpenAiConnectionProperties::getKeepAlive,
					(builder, value) -> builder.connection((connection) -> connection.withKeepAlive(value))),
			bind(ClientSetting.BASE_URL, OpenAiConnectionProperties::getBaseUrl,
					(builder, url) -> builder.baseUrl(url)));

	private ClientPropertyBindings() {
	}

	/**
	 * The name of the property that sets a setting, below its prefix.
	 * @param setting the setting
	 * @return the name, such as {@code read-timeout}
	 */
	static String propertyName(ClientSetting setting) {
		return setting.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Whether a layer of properties sets a setting.
	 * @param source the layer
	 * @param setting the setting
	 * @return whether it sets it
	 */
	static boolean sets(OpenAiConnectionProperties source, ClientSetting setting) {
		if (setting == ClientSetting.AUTHENTICATION) {
			return source.getAuthentication() != null;
		}
		if (setting == ClientSetting.AZURE) {
			return source.getAzure().getEnabled() != null || source.getAzure().hasSettings();
		}
		return BINDINGS.stream().anyMatch((binding) -> binding.setting() == setting && binding.value(source) != null);
	}

	/**
	 * Apply what a layer of properties sets to the options being built.
	 * @param source the layer
	 * @param builder the options
	 * @param prefix the layer's prefix, such as {@code openai.} or
	 * {@code openai.clients.fast.}
	 * @throws InvalidOpenAiPropertyException if the options refuse a value, naming the
	 * property
	 */
	static void apply(OpenAiConnectionProperties source, OpenAiClientOptionsBuilder builder, String prefix) {
		for (Binding<?> binding : BINDINGS) {
			try {
				binding.apply(source, builder);
			}
			catch (InvalidBaseUrlException ex) {
				throw invalidBaseUrl(prefix, prefix, ex);
			}
			catch (InvalidOptionException ex) {
				String property = prefix + propertyName(ex.setting());
				throw new InvalidOpenAiPropertyException(property,
						(ex.shownValue() != null) ? ex.shownValue() : "******", ex.reason(),
						"Correct " + property + ", or remove it to use " + (prefix.equals("openai.") ? "the default"
								: "what openai." + propertyName(ex.setting()) + " sets"));
			}
		}
	}

	/**
	 * The failure for a base URL that the options refuse.
	 * @param urlPrefix the prefix of the property that set the URL
	 * @param allowPrefix the prefix under which to allow plain {@code http}
	 * @param ex the options' refusal
	 * @return the failure
	 */
	static InvalidOpenAiPropertyException invalidBaseUrl(String urlPrefix, String allowPrefix,
			InvalidBaseUrlException ex) {
		String action = ex.reason().startsWith("plain http")
				? "Use https, or, if the server is trusted and the network private, set " + allowPrefix
						+ "allow-insecure-http=true"
				: "Set " + urlPrefix + "base-url to an absolute URL such as " + OpenAiClientOptions.DEFAULT_BASE_URL;
		return new InvalidOpenAiPropertyException(urlPrefix + "base-url", ex.baseUrl(), ex.reason(), action);
	}

	private static <T> Binding<T> bind(ClientSetting setting,
			Function<OpenAiConnectionProperties, @Nullable T> property,
			BiConsumer<OpenAiClientOptionsBuilder, T> option) {
		return new Binding<>(setting, property, option);
	}

	/**
	 * A setting, the property that sets it and how.
	 *
	 * @param <T> the property's type
	 * @param setting the setting
	 * @param property reads the property, null when unset
	 * @param option sets the option
	 */
	private record Binding<T>(ClientSetting setting, Function<OpenAiConnectionProperties, @Nullable T> property,
			BiConsumer<OpenAiClientOptionsBuilder, T> option) {

		@Nullable T value(OpenAiConnectionProperties source) {
			return this.property.apply(source);
		}

		void apply(OpenAiConnectionProperties source, OpenAiClientOptionsBuilder builder) {
			T value = value(source);
			if (value != null) {
				this.option.accept(builder, value);
			}
		}

	}

}
